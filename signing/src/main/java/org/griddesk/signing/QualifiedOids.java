package org.griddesk.signing;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** Subject and extension OIDs of Russian qualified certificates (Приказ ФСБ № 795). */
public final class QualifiedOids {
    /** ИНН физического лица; certificates before 2021 also put "00" + the legal entity's INN here. */
    public static final ASN1ObjectIdentifier INN = new ASN1ObjectIdentifier("1.2.643.3.131.1.1");
    /** ИНН юридического лица. */
    public static final ASN1ObjectIdentifier INN_LE = new ASN1ObjectIdentifier("1.2.643.100.4");
    public static final ASN1ObjectIdentifier OGRN = new ASN1ObjectIdentifier("1.2.643.100.1");
    public static final ASN1ObjectIdentifier OGRNIP = new ASN1ObjectIdentifier("1.2.643.100.5");
    public static final ASN1ObjectIdentifier SNILS = new ASN1ObjectIdentifier("1.2.643.100.3");
    public static final ASN1ObjectIdentifier SUBJECT_SIGN_TOOL = new ASN1ObjectIdentifier("1.2.643.100.111");
    public static final ASN1ObjectIdentifier ISSUER_SIGN_TOOL = new ASN1ObjectIdentifier("1.2.643.100.112");
    /** Certificate policy arc for protection classes КС1, КС2, ... (.1, .2, ...). */
    public static final ASN1ObjectIdentifier POLICY_CLASS = new ASN1ObjectIdentifier("1.2.643.100.113");

    private QualifiedOids() {
    }
}

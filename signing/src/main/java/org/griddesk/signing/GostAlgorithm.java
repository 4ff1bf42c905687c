package org.griddesk.signing;

import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** GOST R 34.10-2012 key sizes with their GOST R 34.11-2012 digests (RFC 9215 identifiers). */
public enum GostAlgorithm {
    GOST_2012_256(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256,
            "GOST3411WITHECGOST3410-2012-256", "GOST3411-2012-256", "Tc26-Gost-3410-12-256-paramSetA"),
    GOST_2012_512(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512,
            "GOST3411WITHECGOST3410-2012-512", "GOST3411-2012-512", "Tc26-Gost-3410-12-512-paramSetA");

    /** One provider instance, not registered globally, so the host application's JCA set-up stays untouched. */
    private static final Provider BC = new BouncyCastleProvider();

    private final ASN1ObjectIdentifier keyOid;
    private final ASN1ObjectIdentifier digestOid;
    private final String signatureName;
    private final String digestName;
    private final String defaultParamSet;

    GostAlgorithm(ASN1ObjectIdentifier keyOid, ASN1ObjectIdentifier digestOid, String signatureName,
            String digestName, String defaultParamSet) {
        this.keyOid = keyOid;
        this.digestOid = digestOid;
        this.signatureName = signatureName;
        this.digestName = digestName;
        this.defaultParamSet = defaultParamSet;
    }

    public static Provider provider() {
        return BC;
    }

    public static Optional<GostAlgorithm> ofCertificate(X509Certificate certificate) {
        ASN1ObjectIdentifier oid = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded())
                .getAlgorithm().getAlgorithm();
        return Arrays.stream(values()).filter(a -> a.keyOid.equals(oid)).findFirst();
    }

    public static Optional<GostAlgorithm> ofDigest(ASN1ObjectIdentifier digestOid) {
        return Arrays.stream(values()).filter(a -> a.digestOid.equals(digestOid)).findFirst();
    }

    public ASN1ObjectIdentifier keyOid() {
        return keyOid;
    }

    public ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    /** JCA signature name in BouncyCastle. */
    public String signatureName() {
        return signatureName;
    }

    /** JCA message digest name in BouncyCastle. */
    public String digestName() {
        return digestName;
    }

    public String defaultParamSet() {
        return defaultParamSet;
    }

    public String title() {
        return this == GOST_2012_256 ? "ГОСТ Р 34.10-2012 (256 бит)" : "ГОСТ Р 34.10-2012 (512 бит)";
    }
}

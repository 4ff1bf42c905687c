package org.griddesk.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
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
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256,
            "GOST3411WITHECGOST3410-2012-256", "GOST3411-2012-256", "Tc26-Gost-3410-12-256-paramSetA"),
    GOST_2012_512(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512,
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512,
            RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512,
            "GOST3411WITHECGOST3410-2012-512", "GOST3411-2012-512", "Tc26-Gost-3410-12-512-paramSetA");

    /** One provider instance, not registered globally, so the host application's JCA set-up stays untouched. */
    private static final Provider BC = new BouncyCastleProvider();

    private final ASN1ObjectIdentifier keyOid;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier signatureOid;
    private final String signatureName;
    private final String digestName;
    private final String defaultParamSet;

    GostAlgorithm(ASN1ObjectIdentifier keyOid, ASN1ObjectIdentifier digestOid, ASN1ObjectIdentifier signatureOid,
            String signatureName, String digestName, String defaultParamSet) {
        this.keyOid = keyOid;
        this.digestOid = digestOid;
        this.signatureOid = signatureOid;
        this.signatureName = signatureName;
        this.digestName = digestName;
        this.defaultParamSet = defaultParamSet;
    }

    public static Provider provider() {
        return BC;
    }

    public static Optional<GostAlgorithm> ofCertificate(X509Certificate certificate) {
        return ofPublicKey(certificate.getPublicKey());
    }

    public static Optional<GostAlgorithm> ofPublicKey(PublicKey key) {
        ASN1ObjectIdentifier oid = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getAlgorithm();
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

    /**
     * True for the identifiers a SignerInfo may carry: the signature OID (BouncyCastle) or the key OID
     * (CryptoPro and OpenSSL write that one).
     */
    public boolean acceptsSignatureOid(ASN1ObjectIdentifier oid) {
        return signatureOid.equals(oid) || keyOid.equals(oid);
    }

    /** The certificate's key re-read by BouncyCastle, whichever provider parsed the certificate. */
    public static PublicKey publicKey(X509Certificate certificate) throws GeneralSecurityException {
        return KeyFactory.getInstance("ECGOST3410-2012", BC)
                .generatePublic(new X509EncodedKeySpec(certificate.getPublicKey().getEncoded()));
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

package org.griddesk.signing.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jcajce.spec.GOST3410ParameterSpec;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.QualifiedOids;

/** Low-level GOST key, certificate and CRL generation for {@link TestPki}. */
final class CertificateFactoryKit {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateFactoryKit() {
    }

    static KeyPair keyPair(String paramSet) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", GostAlgorithm.provider());
        generator.initialize(new GOST3410ParameterSpec(paramSet), RANDOM);
        return generator.generateKeyPair();
    }

    static X509Certificate selfSignedRoot(X500Name name, KeyPair keys, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(notBefore),
                    Date.from(notAfter), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys);
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /**
     * An intermediate CA issued by {@code issuer}: {@code keyUsage} (keyCertSign | cRLSign for a proper one),
     * {@code pathLength} null for no limit, and optionally an unknown critical extension.
     */
    static X509Certificate intermediate(X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter,
            int keyUsage, Integer pathLength, boolean unknownCriticalExtension, TestIdentity issuer)
            throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                    Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true,
                            pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(issuer.certificate()));
            if (unknownCriticalExtension) {
                builder.addExtension(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.643.100.999.1"), true,
                        new DERUTF8String("расширение, которого не знает ни один проверяющий"));
            }
            return sign(builder, issuer.keyPair());
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** An end-entity certificate shaped like a Russian qualified one (keyUsage given by the caller). */
    static X509Certificate endEntity(X500Name subject, KeyPair subjectKeys, Instant notBefore, Instant notAfter,
            int keyUsage, TestIdentity issuer) throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial(),
                    Date.from(notBefore), Date.from(notAfter), subject, subjectKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] {KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(subjectKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(issuer.certificate()))
                    .addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
                            new PolicyInformation(QualifiedOids.POLICY_CLASS.branch("1"))))
                    .addExtension(QualifiedOids.SUBJECT_SIGN_TOOL, false, new DERUTF8String("BouncyCastle (тест GridDesk)"))
                    .addExtension(QualifiedOids.ISSUER_SIGN_TOOL, false, new DERSequence(new DERUTF8String[] {
                        new DERUTF8String("BouncyCastle"), new DERUTF8String("Тестовый УЦ GridDesk"),
                        new DERUTF8String("нет сертификата ФСБ"), new DERUTF8String("нет сертификата ФСБ")}));
            return sign(builder, issuer.keyPair());
        } catch (CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static X509CRL crl(TestIdentity issuer, Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revoked)
            throws GeneralSecurityException {
        return crl(issuer, issuer.keyPair(), thisUpdate, nextUpdate, revoked);
    }

    /** A CRL in {@code issuer}'s name signed with {@code signingKeys} — the issuer's own, or a forger's. */
    static X509CRL crl(TestIdentity issuer, KeyPair signingKeys, Instant thisUpdate, Instant nextUpdate,
            Map<BigInteger, Instant> revoked) throws GeneralSecurityException {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            return new JcaX509CRLConverter().setProvider(GostAlgorithm.provider())
                    .getCRL(builder.build(signer(signingKeys)));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signerKeys)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().setProvider(GostAlgorithm.provider())
                    .getCertificate(builder.build(signer(signerKeys)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static ContentSigner signer(KeyPair keys) throws OperatorCreationException {
        String name = GostAlgorithm.ofPublicKey(keys.getPublic()).orElseThrow().signatureName();
        return new JcaContentSignerBuilder(name).setProvider(GostAlgorithm.provider()).build(keys.getPrivate());
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }
}

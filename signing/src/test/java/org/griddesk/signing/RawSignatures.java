package org.griddesk.signing;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.DLTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.griddesk.signing.demo.TestIdentity;

/** Signatures {@link CadesSigner} would refuse to make, built directly with BouncyCastle. */
final class RawSignatures {
    private RawSignatures() {
    }

    /** Signs with {@code key} but names {@code certificate} as the signer; no certificate checks. */
    static byte[] sign(PrivateKey key, X509Certificate certificate, byte[] document, Instant signingTime,
            boolean attached) throws Exception {
        return sign(key, certificate, document, signingTime, attached, new ASN1EncodableVector(), List.of(certificate));
    }

    /** A correct signature whose signing-certificate-v2 attribute names {@code named} instead of the signer. */
    static byte[] signWithSigningCertificateOf(TestIdentity identity, X509Certificate named, byte[] document,
            Instant signingTime) throws Exception {
        byte[] hash = MessageDigest.getInstance("GOST3411-2012-256", GostAlgorithm.provider()).digest(named.getEncoded());
        ASN1EncodableVector extra = new ASN1EncodableVector();
        extra.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DLSet(new SigningCertificateV2(
                new ESSCertIDv2[] {new ESSCertIDv2(new AlgorithmIdentifier(GostAlgorithm.GOST_2012_256.digestOid()),
                        hash)}))));
        return sign(identity.keyPair().getPrivate(), identity.certificate(), document, signingTime, false, extra,
                List.of(identity.certificate()));
    }

    private static byte[] sign(PrivateKey key, X509Certificate certificate, byte[] document, Instant signingTime,
            boolean attached, ASN1EncodableVector attributes, List<X509Certificate> embedded) throws Exception {
        GostAlgorithm algorithm = GostAlgorithm.ofCertificate(certificate).orElseThrow();
        attributes.add(new Attribute(CMSAttributes.signingTime, new DLSet(new Time(Date.from(signingTime)))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(GostAlgorithm.provider()).build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder(algorithm.signatureName()).setProvider(GostAlgorithm.provider())
                        .build(key), new JcaX509CertificateHolder(certificate)));
        generator.addCertificates(new JcaCertStore(embedded));
        return generator.generate(new CMSProcessableByteArray(document), attached).getEncoded(ASN1Encoding.DER);
    }

    /** With the identity's chain up to (not including) the root, as a signing tool embeds it. */
    static byte[] sign(TestIdentity identity, byte[] document, Instant signingTime) throws Exception {
        List<X509Certificate> chain = identity.chain();
        return sign(identity.keyPair().getPrivate(), identity.certificate(), document, signingTime, false,
                new ASN1EncodableVector(), chain.subList(0, Math.max(1, chain.size() - 1)));
    }

    /**
     * Signed attributes in non-DER order (message-digest, content-type, signing-time), signed exactly
     * as written: the shape CryptoPro tools produce (bc-java #469, #710).
     */
    static byte[] unsortedAttributes(TestIdentity identity, byte[] document, Instant signingTime) throws Exception {
        GostAlgorithm algorithm = GostAlgorithm.ofCertificate(identity.certificate()).orElseThrow();
        byte[] digest = MessageDigest.getInstance(algorithm.digestName(), GostAlgorithm.provider()).digest(document);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DLSet(new DEROctetString(digest))));
        attributes.add(new Attribute(CMSAttributes.contentType, new DLSet(CMSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.signingTime, new DLSet(new Time(Date.from(signingTime)))));
        DLSet signedAttributes = new DLSet(attributes);
        Signature signature = Signature.getInstance(algorithm.signatureName(), GostAlgorithm.provider());
        signature.initSign(identity.keyPair().getPrivate());
        signature.update(signedAttributes.getEncoded(ASN1Encoding.DL));
        AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(algorithm.digestOid());
        JcaX509CertificateHolder holder = new JcaX509CertificateHolder(identity.certificate());
        DLSequence signerInfo = new DLSequence(new ASN1Encodable[] {
            new ASN1Integer(1),
            new IssuerAndSerialNumber(holder.getIssuer(), holder.getSerialNumber()),
            digestAlgorithm,
            new DLTaggedObject(false, 0, signedAttributes),
            new AlgorithmIdentifier(algorithm.keyOid()),
            new DEROctetString(signature.sign())});
        DLSequence signedData = new DLSequence(new ASN1Encodable[] {
            new ASN1Integer(1),
            new DLSet(digestAlgorithm),
            new DLSequence(CMSObjectIdentifiers.data),
            new DLTaggedObject(false, 0, new DLSet(holder.toASN1Structure())),
            new DLSet(signerInfo)});
        return new DLSequence(new ASN1Encodable[] {
            CMSObjectIdentifiers.signedData, new DLTaggedObject(true, 0, signedData)})
                .getEncoded(ASN1Encoding.DL);
    }
}

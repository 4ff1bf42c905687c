package org.griddesk.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes detached CAdES-BES signatures (CMS SignedData with content-type, message-digest,
 * signing-time and signing-certificate-v2) with GOST R 34.10-2012 keys, 256 or 512 bit.
 */
public final class CadesSigner {
    private final Clock clock;

    public CadesSigner() {
        this(Clock.systemUTC());
    }

    /** The clock gives the signing time written into the signature and used for the certificate checks. */
    public CadesSigner(Clock clock) {
        this.clock = clock;
    }

    public byte[] sign(Path document, SigningKey key) throws SigningException {
        try (InputStream in = Files.newInputStream(document)) {
            return sign(in, key);
        } catch (IOException e) {
            throw new SigningException("Не удалось прочитать документ " + document.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Returns the DER-encoded detached signature (.sig); the stream is read once and not closed. */
    public byte[] sign(InputStream document, SigningKey key) throws SigningException {
        X509Certificate certificate = key.certificate();
        GostAlgorithm algorithm = GostAlgorithm.ofCertificate(certificate).orElseThrow(() -> new SigningException(
                "Ключ сертификата " + RuText.certificate(certificate) + " не является ключом ГОСТ Р 34.10-2012"));
        Instant signingTime = clock.instant();
        refuseUnusable(certificate, signingTime);
        StreamedContent content = new StreamedContent(document);
        // Through the key's own provider under its own algorithm name: CryptoPro JCP doesn't know BouncyCastle's.
        ContentSigner contentSigner = ProviderContentSigner.of(key, algorithm);
        CMSSignedData signed;
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(GostAlgorithm.provider()).build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            signedAttributes(certificate, algorithm, signingTime)))
                    .build(contentSigner, new JcaX509CertificateHolder(certificate)));
            generator.addCertificates(new JcaCertStore(certificatesToEmbed(key)));
            signed = generator.generate(content, false);
        } catch (CMSException e) {
            if (e.getCause() instanceof IOException io) {
                throw new SigningException("Не удалось прочитать документ: " + io.getMessage(), e);
            }
            throw new SigningException("Не удалось создать подпись: " + e.getMessage(), e);
        } catch (OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            throw new SigningException("Не удалось создать подпись ключом «" + key.alias() + "»: "
                    + e.getMessage(), e);
        }
        if (content.length() == 0) {
            throw new SigningException("Документ пуст: подписывать нечего");
        }
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        requireKeyMatchesCertificate(signer, certificate, algorithm);
        try {
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new SigningException("Не удалось закодировать подпись: " + e.getMessage(), e);
        }
    }

    private static void refuseUnusable(X509Certificate certificate, Instant signingTime) throws SigningException {
        Optional<String> problem = CertificateChecks.validityProblem(certificate, signingTime)
                .or(() -> CertificateChecks.keyUsageProblem(certificate));
        if (problem.isPresent()) {
            throw new SigningException("Подписание невозможно. " + problem.get());
        }
    }

    /** The signer and intermediate CAs; a root proves nothing in the file, the verifier must already trust it. */
    private static List<X509Certificate> certificatesToEmbed(SigningKey key) {
        List<X509Certificate> certificates = new ArrayList<>(List.of(key.certificate()));
        key.chain().stream().skip(1)
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                .forEach(certificates::add);
        return certificates;
    }

    private static AttributeTable signedAttributes(X509Certificate certificate, GostAlgorithm algorithm,
            Instant signingTime) throws GeneralSecurityException {
        byte[] certificateHash = MessageDigest.getInstance(algorithm.digestName(), GostAlgorithm.provider())
                .digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(algorithm.digestOid()), certificateHash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        return new AttributeTable(attributes);
    }

    /** A key from the wrong container would give a signature nobody can verify; catch it here. */
    private static void requireKeyMatchesCertificate(SignerInformation signer, X509Certificate certificate,
            GostAlgorithm algorithm) throws SigningException {
        try {
            Signature check = Signature.getInstance(algorithm.signatureName(), GostAlgorithm.provider());
            check.initVerify(GostAlgorithm.publicKey(certificate));
            check.update(signer.getEncodedSignedAttributes());
            if (check.verify(signer.getSignature())) {
                return;
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new SigningException("Не удалось проверить созданную подпись: " + e.getMessage(), e);
        }
        throw new SigningException("Закрытый ключ не соответствует сертификату " + RuText.certificate(certificate));
    }
}

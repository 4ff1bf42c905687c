package org.griddesk.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Decodes a detached .sig file (DER, Base64 or PEM) into a {@link ParsedSignature}. */
final class SignatureFile {
    private static final int SEQUENCE_TAG = 0x30;

    private SignatureFile() {
    }

    static ParsedSignature parse(byte[] bytes) throws MalformedSignatureException {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedSignatureException("Файл подписи пуст");
        }
        byte[] der = (bytes[0] & 0xFF) == SEQUENCE_TAG ? bytes : fromText(bytes);
        ASN1Primitive object;
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            object = in.readObject();
        } catch (IOException | RuntimeException e) {
            throw new MalformedSignatureException("Файл подписи повреждён или обрезан", e);
        }
        ContentInfo contentInfo = contentInfo(object);
        try {
            CMSSignedData cms = new CMSSignedData(contentInfo);
            SignedData signedData = SignedData.getInstance(contentInfo.getContent());
            if (cms.getSignedContent() != null) {
                throw new MalformedSignatureException("Подпись присоединённая (содержит документ внутри), "
                        + "а ожидается отсоединённая подпись к документу");
            }
            List<SignerInformation> signers = new ArrayList<>(cms.getSignerInfos().getSigners());
            if (signers.isEmpty()) {
                throw new MalformedSignatureException("В файле подписи нет ни одной подписи");
            }
            requireConsistent(signedData, signers.getFirst().toASN1Structure());
            return toParsed(signers.size(), signers.getFirst(), certificates(cms));
        } catch (MalformedSignatureException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedSignatureException("Файл подписи повреждён: " + e.getMessage(), e);
        }
    }

    /**
     * The unsigned envelope (versions, digest list, content type) is not covered by the signature,
     * so damage there would go unnoticed; treat an inconsistent envelope as a damaged file.
     */
    private static void requireConsistent(SignedData signedData, SignerInfo signer) throws MalformedSignatureException {
        int version = signedData.getVersion().intValueExact();
        int signerVersion = signer.getVersion().intValueExact();
        List<AlgorithmIdentifier> digests = new ArrayList<>();
        for (ASN1Encodable digest : signedData.getDigestAlgorithms()) {
            digests.add(AlgorithmIdentifier.getInstance(digest));
        }
        boolean digestListed = digests.isEmpty() || digests.stream()
                .anyMatch(d -> d.getAlgorithm().equals(signer.getDigestAlgorithm().getAlgorithm()));
        if (version < 1 || version > 5 || (signerVersion != 1 && signerVersion != 3) || !digestListed
                || !CMSObjectIdentifiers.data.equals(signedData.getEncapContentInfo().getContentType())) {
            throw new MalformedSignatureException("Файл подписи повреждён: заголовок SignedData не согласован с подписью");
        }
    }

    private static ContentInfo contentInfo(ASN1Primitive object) throws MalformedSignatureException {
        ContentInfo contentInfo;
        try {
            contentInfo = ContentInfo.getInstance(object);
        } catch (RuntimeException e) {
            contentInfo = null;
        }
        if (contentInfo == null || !CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
            throw new MalformedSignatureException("Файл не является подписью CMS (SignedData)");
        }
        return contentInfo;
    }

    private static ParsedSignature toParsed(int count, SignerInformation signer, List<X509Certificate> certificates)
            throws IOException, MalformedSignatureException {
        SignerInfo info = signer.toASN1Structure();
        ASN1Set attributes = info.getAuthenticatedAttributes();
        Optional<AttributeTable> table = Optional.ofNullable(attributes).map(AttributeTable::new);
        return new ParsedSignature(count, signer.getSID(), info.getDigestAlgorithm(),
                info.getDigestEncryptionAlgorithm().getAlgorithm(), info.getEncryptedDigest().getOctets(),
                // DL keeps the file's attribute order; DER would sort it and break CryptoPro signatures.
                attributes == null ? Optional.empty() : Optional.of(attributes.getEncoded(ASN1Encoding.DL)),
                table,
                table.flatMap(t -> single(t, CMSAttributes.contentType)).map(ASN1ObjectIdentifier::getInstance),
                table.flatMap(t -> single(t, CMSAttributes.messageDigest)).map(v -> ASN1OctetString.getInstance(v).getOctets()),
                table.flatMap(t -> single(t, CMSAttributes.signingTime)).map(v -> Time.getInstance(v).getDate().toInstant()),
                certificates);
    }

    private static Optional<ASN1Encodable> single(AttributeTable table, ASN1ObjectIdentifier oid) {
        Attribute attribute = table.get(oid);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        return Optional.of(attribute.getAttrValues().getObjectAt(0));
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws CertificateException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(GostAlgorithm.provider());
        List<X509Certificate> result = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            result.add(converter.getCertificate(holder));
        }
        return result;
    }

    /** CryptoPro and web portals often hand out Base64 or PEM; accept them as well as DER. */
    private static byte[] fromText(byte[] bytes) throws MalformedSignatureException {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        StringBuilder base64 = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("-----")) {
                base64.append(line.strip());
            }
        }
        try {
            byte[] decoded = Base64.getMimeDecoder().decode(base64.toString());
            if (decoded.length == 0 || (decoded[0] & 0xFF) != SEQUENCE_TAG) {
                throw new IllegalArgumentException("not DER");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw new MalformedSignatureException("Файл не является подписью CMS: ни DER, ни Base64", e);
        }
    }

    static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalStateException("certificate cannot be re-encoded", e);
        }
    }
}

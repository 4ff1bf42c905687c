package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.SignerId;

/**
 * One signer of a detached CMS file, decoded up front so that later checks cannot trip over bad
 * encodings. {@code signedAttributesEncoding} holds the attributes in the order the file has them.
 */
record ParsedSignature(
        int signerCount,
        SignerId signerId,
        AlgorithmIdentifier digestAlgorithm,
        ASN1ObjectIdentifier signatureAlgorithm,
        byte[] signatureValue,
        Optional<byte[]> signedAttributesEncoding,
        Optional<AttributeTable> signedAttributes,
        Optional<ASN1ObjectIdentifier> contentTypeAttribute,
        Optional<byte[]> messageDigest,
        Optional<Instant> signingTime,
        List<X509Certificate> certificates) {

    Optional<X509Certificate> signerCertificate() {
        return certificates.stream().filter(c -> signerId.match(SignatureFile.holder(c))).findFirst();
    }
}

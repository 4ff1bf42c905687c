package org.griddesk.signing;

import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The ESS signing-certificate(-v2) attribute binds the signature to one certificate, so a certificate
 * swapped into the file is noticed. Optional on input: OpenSSL 3.0 does not write it.
 */
final class SigningCertificateAttribute {
    enum State { MATCHES, ABSENT, MISMATCH }

    private SigningCertificateAttribute() {
    }

    static State check(Optional<AttributeTable> attributes, X509Certificate certificate) {
        if (attributes.isEmpty()) {
            return State.ABSENT;
        }
        try {
            Attribute v2 = attributes.get().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                return matches(certificate, id.getHashAlgorithm(), id.getCertHash(), id.getIssuerSerial());
            }
            Attribute v1 = attributes.get().get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                return matches(certificate, new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), id.getCertHash(),
                        id.getIssuerSerial());
            }
            return State.ABSENT;
        } catch (Exception e) {
            return State.MISMATCH;
        }
    }

    private static State matches(X509Certificate certificate, AlgorithmIdentifier hashAlgorithm, byte[] expected,
            IssuerSerial issuerSerial) throws Exception {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().setProvider(GostAlgorithm.provider())
                .build().get(hashAlgorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(certificate.getEncoded());
        }
        boolean serialMatches = issuerSerial == null
                || issuerSerial.getSerial().getValue().equals(certificate.getSerialNumber());
        return Arrays.equals(calculator.getDigest(), expected) && serialMatches ? State.MATCHES : State.MISMATCH;
    }
}

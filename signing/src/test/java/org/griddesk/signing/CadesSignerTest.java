package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.NOW;
import static org.griddesk.signing.Fixtures.PKI;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadesSignerTest {

    @Test
    void writesDetachedCadesBesAttributes() throws Exception {
        TestIdentity signer = PKI.legalEntity();
        CMSSignedData cms = new CMSSignedData(Fixtures.sign(signer, DOCUMENT));

        assertThat(cms.getSignedContent()).as("detached").isNull();
        SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
        assertThat(info.getDigestAlgOID()).isEqualTo(GostAlgorithm.GOST_2012_256.digestOid().getId());
        AttributeTable attributes = info.getSignedAttributes();
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(Time.getInstance(attributes.get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0))
                .getDate()).isEqualTo(Date.from(NOW));
        ESSCertIDv2 certId = SigningCertificateV2.getInstance(attributes.get(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0)).getCerts()[0];
        assertThat(certId.getHashAlgorithm().getAlgorithm()).isEqualTo(GostAlgorithm.GOST_2012_256.digestOid());
        assertThat(certId.getCertHash()).isEqualTo(MessageDigest.getInstance("GOST3411-2012-256",
                GostAlgorithm.provider()).digest(signer.certificate().getEncoded()));
        assertThat(certId.getIssuerSerial().getSerial().getValue()).isEqualTo(signer.certificate().getSerialNumber());
    }

    @Test
    void uses512BitDigestFor512BitKey() throws Exception {
        CMSSignedData cms = new CMSSignedData(Fixtures.sign(PKI.soleProprietor(), DOCUMENT));
        assertThat(cms.getSignerInfos().getSigners().iterator().next().getDigestAlgOID())
                .isEqualTo(GostAlgorithm.GOST_2012_512.digestOid().getId());
    }

    @ParameterizedTest
    @CsvSource({"Tc26-Gost-3410-12-256-paramSetA", "Tc26-Gost-3410-12-256-paramSetB",
        "Tc26-Gost-3410-12-256-paramSetC", "Tc26-Gost-3410-12-256-paramSetD",
        "Tc26-Gost-3410-12-512-paramSetA", "Tc26-Gost-3410-12-512-paramSetB", "Tc26-Gost-3410-12-512-paramSetC"})
    void everyParamSetSignsAndVerifies(String paramSet) {
        TestIdentity signer = PKI.issue(paramSet, paramSet, TestPki.legalEntitySubject(),
                NOW.minusSeconds(3600), NOW.plusSeconds(86_400), TestPki.SIGNING_KEY_USAGE);
        byte[] signature = Fixtures.sign(signer, DOCUMENT);
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of()), DOCUMENT, signature);
        assertThat(report.check(VerificationReport.Aspect.INTEGRITY).orElseThrow().status()).isEqualTo(Verdict.VALID);
    }

    @Test
    void refusesExpiredCertificate() {
        assertThatThrownBy(() -> Fixtures.signChecked(PKI.expired()))
                .isInstanceOf(SigningException.class).hasMessageContaining("Срок действия сертификата")
                .hasMessageContaining("истёк");
    }

    @Test
    void refusesCertificateNotYetValid() {
        assertThatThrownBy(() -> Fixtures.signChecked(PKI.notYetValid()))
                .isInstanceOf(SigningException.class).hasMessageContaining("ещё не действовал");
    }

    @Test
    void refusesCertificateWithoutSigningKeyUsage() {
        assertThatThrownBy(() -> Fixtures.signChecked(PKI.wrongKeyUsage()))
                .isInstanceOf(SigningException.class).hasMessageContaining("не предназначен для электронной подписи");
    }

    @Test
    void refusesKeyThatDoesNotMatchCertificate() {
        SigningKey mixed = new SigningKey("mixed", PKI.revoked().keyPair().getPrivate(),
                PKI.legalEntity().chain());
        assertThatThrownBy(() -> new CadesSigner(Fixtures.clockAt(NOW)).sign(new ByteArrayInputStream(DOCUMENT), mixed))
                .isInstanceOf(SigningException.class).hasMessageContaining("не соответствует сертификату");
    }

    @Test
    void refusesEmptyDocument() {
        assertThatThrownBy(() -> new CadesSigner(Fixtures.clockAt(NOW))
                .sign(new ByteArrayInputStream(new byte[0]), PKI.legalEntity().signingKey()))
                .isInstanceOf(SigningException.class).hasMessageContaining("Документ пуст");
    }

    @Test
    void streamsLargeDocumentWithoutHoldingIt() throws Exception {
        long size = 64L * 1024 * 1024;
        byte[] signature = new CadesSigner(Fixtures.clockAt(NOW))
                .sign(new GeneratedStream(size), PKI.legalEntity().signingKey());
        VerificationReport report = Fixtures.verifier(List.of())
                .verify(new GeneratedStream(size), signature);
        assertThat(report.check(VerificationReport.Aspect.INTEGRITY).orElseThrow().status()).isEqualTo(Verdict.VALID);
    }

    /** Deterministic bytes of a given length that never exist as one array. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) (position++ * 31 % 251);
            }
            return n;
        }
    }
}

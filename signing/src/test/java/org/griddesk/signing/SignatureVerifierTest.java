package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.NOW;
import static org.griddesk.signing.Fixtures.PKI;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureVerifierTest {
    @TempDir
    Path dir;
    private SignatureVerifier verifier;

    @BeforeEach
    void trustFixtureRootWithCurrentCrl() {
        verifier = Fixtures.verifier(List.of(Fixtures.writeCrl(dir, "root.crl", PKI.crl())));
    }

    private VerificationReport verify(byte[] document, byte[] signature) {
        return Fixtures.verify(verifier, document, signature);
    }

    private static Verdict status(VerificationReport report, Aspect aspect) {
        return report.check(aspect).orElseThrow().status();
    }

    @Test
    void legalEntity256IsValidWithRussianReport() {
        VerificationReport report = verify(DOCUMENT, Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(report.signingTime()).contains(NOW);
        assertThat(report.signerCertificate()).contains(PKI.legalEntity().certificate());
        assertThat(report.lines()).anySatisfy(l -> assertThat(l).startsWith("Целостность документа: документ не изменён"))
                .anySatisfy(l -> assertThat(l).contains("Иванов Иван Иванович", "ООО «Ромашка-Энерго»",
                        "ИНН ЮЛ " + TestPki.LEGAL_ENTITY_INN, "ОГРН " + TestPki.LEGAL_ENTITY_OGRN, "СНИЛС 123-456-788 63"))
                .anySatisfy(l -> assertThat(l).startsWith("Действие сертификата: сертификат действовал"))
                .anySatisfy(l -> assertThat(l).startsWith("Цепочка сертификатов:").contains("Тестовый УЦ GridDesk"))
                .anySatisfy(l -> assertThat(l).startsWith("Отзыв сертификата:").contains("не отозван"));
        assertThat(report.toText()).startsWith("Подпись действительна");
    }

    @Test
    void soleProprietor512IsValidAndNamesOgrnip() {
        VerificationReport report = verify(DOCUMENT, Fixtures.sign(PKI.soleProprietor(), DOCUMENT));

        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(report.check(Aspect.INTEGRITY).orElseThrow().text()).contains("512 бит");
        assertThat(report.check(Aspect.SIGNER).orElseThrow().text())
                .contains("Петрова Мария Сергеевна", "ИНН " + TestPki.SOLE_PROPRIETOR_INN,
                        "ОГРНИП " + TestPki.SOLE_PROPRIETOR_OGRNIP);
        assertThat(report.signer().orElseThrow().namesApplicant(TestPki.SOLE_PROPRIETOR_INN,
                TestPki.SOLE_PROPRIETOR_OGRNIP)).isTrue();
    }

    @Test
    void tamperedDocumentIsInvalid() {
        byte[] signature = Fixtures.sign(PKI.legalEntity(), DOCUMENT);
        byte[] tampered = DOCUMENT.clone();
        tampered[3] ^= 1;

        VerificationReport report = verify(tampered, signature);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.INTEGRITY).orElseThrow().text()).contains("документ изменён после подписания");
    }

    @Test
    void tamperedSignatureValueIsInvalid() {
        byte[] signature = Fixtures.sign(PKI.legalEntity(), DOCUMENT);
        signature[signature.length - 5] ^= 0x40;

        VerificationReport report = verify(DOCUMENT, signature);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.INTEGRITY).orElseThrow().text()).contains("подпись повреждена");
    }

    @Test
    void everyFlippedByteGivesInvalidOrUnknownButNeverValidOrException() {
        byte[] signature = Fixtures.sign(PKI.legalEntity(), DOCUMENT);
        for (int i = 0; i < signature.length; i += 7) {
            byte[] broken = signature.clone();
            broken[i] ^= (byte) 0xA5;
            assertThat(verify(DOCUMENT, broken).verdict()).as("byte %d", i).isNotEqualTo(Verdict.VALID);
        }
    }

    @Test
    void signatureByAnotherKeyIsInvalid() throws Exception {
        byte[] signature = RawSignatures.sign(PKI.revoked().keyPair().getPrivate(), PKI.legalEntity().certificate(),
                DOCUMENT, NOW, false);

        VerificationReport report = verify(DOCUMENT, signature);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(status(report, Aspect.INTEGRITY)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void certificateExpiredAtSigningTimeIsInvalid() throws Exception {
        VerificationReport report = verify(DOCUMENT, RawSignatures.sign(PKI.expired(), DOCUMENT, NOW));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.CERTIFICATE).orElseThrow().text()).contains("истёк");
    }

    @Test
    void certificateNotYetValidAtSigningTimeIsInvalid() throws Exception {
        VerificationReport report = verify(DOCUMENT, RawSignatures.sign(PKI.notYetValid(), DOCUMENT, NOW));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.CERTIFICATE).orElseThrow().text()).contains("ещё не действовал");
    }

    @Test
    void certificateWithoutSigningKeyUsageIsInvalid() throws Exception {
        VerificationReport report = verify(DOCUMENT, RawSignatures.sign(PKI.wrongKeyUsage(), DOCUMENT, NOW));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.CERTIFICATE).orElseThrow().text()).contains("digitalSignature");
    }

    @Test
    void unknownRootIsUnknownNotValid() {
        TestPki other = TestPki.create("Посторонний УЦ", NOW);
        VerificationReport report = verify(DOCUMENT, Fixtures.sign(other.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(status(report, Aspect.INTEGRITY)).isEqualTo(Verdict.VALID);
        assertThat(report.check(Aspect.CHAIN).orElseThrow().text()).contains("Посторонний УЦ", "не входит в число доверенных");
        assertThat(report.toText()).startsWith("Не удалось проверить подпись");
    }

    @Test
    void noTrustedRootsConfiguredIsUnknown() {
        SignatureVerifier bare = new SignatureVerifier(new TrustSettings(List.of(), List.of(), Fixtures.clockAt(NOW)));
        VerificationReport report = Fixtures.verify(bare, DOCUMENT, Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(report.check(Aspect.CHAIN).orElseThrow().text()).contains("не настроены");
    }

    @Test
    void revokedBeforeSigningIsInvalid() {
        VerificationReport report = verify(DOCUMENT, Fixtures.sign(PKI.revoked(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().text()).contains("отозван", "до подписания");
    }

    @Test
    void revokedAfterSigningIsValidWithNote() {
        byte[] signature = Fixtures.sign(PKI.revoked(), DOCUMENT, PKI.revocationTime().minus(Duration.ofDays(5)));

        VerificationReport report = verify(DOCUMENT, signature);

        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().text()).contains("после подписания");
    }

    @Test
    void noCrlForIssuerIsUnknown() {
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of()), DOCUMENT,
                Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().text()).contains("нет списка отзыва", "не проверен");
    }

    @Test
    void crlOfAnotherCaDoesNotCount() {
        TestPki other = TestPki.create("Тестовый УЦ GridDesk", NOW);
        Path foreign = Fixtures.writeCrl(dir, "foreign.crl", other.crl());
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of(foreign)), DOCUMENT,
                Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void expiredCrlIsUnknown() {
        Path stale = Fixtures.writeCrl(dir, "stale.crl",
                PKI.crl(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(10)), Map.of()));
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of(stale)), DOCUMENT,
                Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().text()).contains("устарел");
    }

    @Test
    void missingCrlFileIsUnknownAndNamed() {
        VerificationReport report = Fixtures.verify(Fixtures.verifier(List.of(dir.resolve("absent.crl"))), DOCUMENT,
                Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(report.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().text()).contains("absent.crl");
    }

    @Test
    void emptyDocumentIsInvalid() throws Exception {
        VerificationReport report = verify(new byte[0], RawSignatures.sign(PKI.legalEntity(), new byte[0], NOW));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.INTEGRITY).orElseThrow().text()).contains("документ пуст");
    }

    @Test
    void unsortedSignedAttributesAreVerifiedAsEncoded() throws Exception {
        byte[] signature = RawSignatures.unsortedAttributes(PKI.legalEntity(), DOCUMENT, NOW);

        assertThat(bouncyCastleAccepts(signature)).as("the fixture must trip BouncyCastle's DER re-encoding").isFalse();

        VerificationReport report = verify(DOCUMENT, signature);

        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(report.check(Aspect.SIGNER).orElseThrow().text()).contains("signing-certificate-v2 нет");
    }

    private static boolean bouncyCastleAccepts(byte[] signature) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), signature);
            return cms.getSignerInfos().getSigners().iterator().next().verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(GostAlgorithm.provider()).build(PKI.legalEntity().certificate()));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void signingCertificateAttributeNamingAnotherCertificateIsInvalid() throws Exception {
        byte[] signature = RawSignatures.signWithSigningCertificateOf(PKI.legalEntity(), PKI.revoked().certificate(),
                DOCUMENT, NOW);

        VerificationReport report = verify(DOCUMENT, signature);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.check(Aspect.SIGNER).orElseThrow().text()).contains("другой сертификат");
    }

    @Test
    void base64SignatureIsAccepted() {
        byte[] der = Fixtures.sign(PKI.legalEntity(), DOCUMENT);
        String pem = "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CMS-----\n";

        assertThat(verify(DOCUMENT, pem.getBytes(StandardCharsets.US_ASCII)).verdict())
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void verifiesFromFiles() throws Exception {
        Path document = Files.write(dir.resolve("offer.pdf"), DOCUMENT);
        Path signature = Files.write(dir.resolve("offer.pdf.sig"), Fixtures.sign(PKI.legalEntity(), DOCUMENT));

        assertThat(verifier.verify(document, signature).verdict()).isEqualTo(Verdict.VALID);
        assertThat(verifier.verify(document, dir.resolve("missing.sig")).verdict()).isEqualTo(Verdict.UNKNOWN);
    }
}

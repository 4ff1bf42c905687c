package org.griddesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.signing.Fixtures.DOCUMENT;
import static org.griddesk.signing.Fixtures.NOW;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.griddesk.signing.VerificationReport.Aspect;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGNING.md's verdict matrix through an intermediate CA, as real qualified certificates are issued
 * (ministry root → accredited centre → signer), plus what only a CA in the middle can get wrong: RFC 5280 as the
 * JDK's PKIX validator sees it.
 */
class IntermediateChainTest {
    private static final TestPki PKI = TestPki.createWithIntermediate("Тестовый корневой УЦ Минцифры", NOW);
    private static final int CA_USAGE = KeyUsage.keyCertSign | KeyUsage.cRLSign;
    private static final Duration MONTH = Duration.ofDays(30);

    @TempDir
    java.nio.file.Path dir;

    private VerificationReport verify(TestIdentity signer, X509CRL... crls) {
        return verify(Fixtures.sign(signer, DOCUMENT), DOCUMENT, crls);
    }

    private VerificationReport verify(byte[] signature, byte[] document, X509CRL... crls) {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (int i = 0; i < crls.length; i++) {
            files.add(Fixtures.writeCrl(dir, "list-" + i + ".crl", crls[i]));
        }
        return new SignatureVerifier(new TrustSettings(List.of(PKI.root().certificate()), files, Fixtures.clockAt(NOW)))
                .verify(new java.io.ByteArrayInputStream(document), signature);
    }

    private static String text(VerificationReport report, Aspect aspect) {
        return report.check(aspect).orElseThrow().text();
    }

    private TestIdentity signerUnder(TestIdentity ca, String alias) {
        return PKI.issueFrom(ca, alias, "Tc26-Gost-3410-12-256-paramSetA", TestPki.legalEntitySubject(),
                NOW.minus(MONTH), NOW.plus(MONTH.multipliedBy(12)), TestPki.SIGNING_KEY_USAGE);
    }

    @Test
    void aSignerUnderAnIntermediateWithBothCrlsIsValidAndTheChainNamesEveryCa() {
        VerificationReport report = verify(PKI.legalEntity(), PKI.crl(), PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(text(report, Aspect.CHAIN)).contains("выпускающий центр", "Тестовый корневой УЦ Минцифры");
        assertThat(text(report, Aspect.REVOCATION)).contains("не отозван");
        assertThat(verify(PKI.soleProprietor(), PKI.crl(), PKI.rootCrl()).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void withoutTheRootsCrlTheIntermediateIsNotCheckedAndNothingIsValid() {
        VerificationReport report = verify(PKI.legalEntity(), PKI.crl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.UNKNOWN);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().status()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void theSignersMatrixHoldsThroughTheIntermediate() throws Exception {
        assertThat(verify(PKI.revoked(), PKI.crl(), PKI.rootCrl()).verdict()).isEqualTo(Verdict.INVALID);
        for (TestIdentity refused : List.of(PKI.expired(), PKI.notYetValid(), PKI.wrongKeyUsage())) {
            // The signing tool refuses such keys; a raw CMS stands in for one that does not.
            VerificationReport report = verify(RawSignatures.sign(refused, DOCUMENT, NOW), DOCUMENT, PKI.crl(), PKI.rootCrl());
            assertThat(report.verdict()).as(refused.alias() + ": " + report.toText()).isEqualTo(Verdict.INVALID);
        }
        byte[] tampered = DOCUMENT.clone();
        tampered[0] ^= 1;
        assertThat(verify(Fixtures.sign(PKI.legalEntity(), DOCUMENT), tampered, PKI.crl(), PKI.rootCrl()).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void revokedOnlyAfterSigningStaysValidForThatSignature() {
        TestIdentity later = signerUnder(PKI.issuing(), "revoked-later");
        byte[] signature = Fixtures.sign(later, DOCUMENT, NOW.minus(Duration.ofDays(5)));
        X509CRL crl = PKI.crlOf(PKI.issuing(), NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH),
                Map.of(later.certificate().getSerialNumber(), NOW.minus(Duration.ofDays(2))));
        VerificationReport report = verify(signature, DOCUMENT, crl, PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.VALID);
        assertThat(text(report, Aspect.REVOCATION)).contains("после подписания");
    }

    @Test
    void anIntermediateWithoutKeyCertSignIsRefusedAsOpenSslRefusesIt() {
        TestIdentity ca = PKI.issueCa("no-cert-sign", "УЦ без права подписи сертификатов",
                KeyUsage.digitalSignature | KeyUsage.cRLSign, null, false, PKI.root());
        VerificationReport report = verify(signerUnder(ca, "under-no-cert-sign"),
                PKI.crlOf(ca, NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH), Map.of()), PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
        assertThat(text(report, Aspect.CHAIN)).contains("keyCertSign");
    }

    @Test
    void aPathLongerThanItsCaAllowsIsRefused() {
        TestIdentity last = PKI.issueCa("path-zero", "УЦ без подчинённых центров", CA_USAGE, 0, false, PKI.root());
        TestIdentity below = PKI.issueCa("below", "Подчинённый центр", CA_USAGE, null, false, last);
        VerificationReport report = verify(signerUnder(below, "too-deep"),
                PKI.crlOf(below, NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH), Map.of()),
                PKI.crlOf(last, NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH), Map.of()), PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
        assertThat(text(report, Aspect.CHAIN)).contains("pathLenConstraint");
    }

    @Test
    void anUnknownCriticalExtensionIsRefused() {
        TestIdentity ca = PKI.issueCa("critical", "УЦ с неизвестным критическим расширением", CA_USAGE, null, true,
                PKI.root());
        VerificationReport report = verify(signerUnder(ca, "under-critical"),
                PKI.crlOf(ca, NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH), Map.of()), PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
        assertThat(text(report, Aspect.CHAIN)).contains("критическое расширение");
    }

    @Test
    void anIntermediateRevokedOnItsParentsCrlSpoilsEverySignatureBelowIt() {
        X509CRL rootRevokesIt = PKI.crlOf(PKI.root(), NOW.minus(Duration.ofDays(1)), NOW.plus(MONTH),
                Map.of(PKI.issuing().certificate().getSerialNumber(), NOW.minus(Duration.ofDays(20))));
        VerificationReport report = verify(PKI.legalEntity(), PKI.crl(), rootRevokesIt);
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.INVALID);
        assertThat(text(report, Aspect.REVOCATION)).contains("отозван");
    }

    @Test
    void aCrlSignedByAnotherKeyCountsForNothing() {
        TestPki forger = TestPki.create("Поддельный УЦ", NOW);
        X509CRL forged = PKI.forgedCrlOf(PKI.issuing(), forger.root().keyPair(), NOW.minus(Duration.ofDays(1)),
                NOW.plus(MONTH), Map.of());
        VerificationReport report = verify(PKI.revoked(), forged, PKI.rootCrl());
        assertThat(report.verdict()).as("a forged 'nothing revoked' list must not make a revoked signer valid: "
                + report.toText()).isNotEqualTo(Verdict.VALID);
        assertThat(report.check(Aspect.REVOCATION).orElseThrow().status()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aCrlOfAnotherIssuerCountsForNothing() {
        TestPki other = TestPki.createWithIntermediate("Другой корневой УЦ", NOW);
        VerificationReport report = verify(PKI.legalEntity(), other.crl(), PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void anExpiredCrlLeavesRevocationUnchecked() {
        X509CRL stale = PKI.crlOf(PKI.issuing(), NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(30)), Map.of());
        VerificationReport report = verify(PKI.legalEntity(), stale, PKI.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.UNKNOWN);
        assertThat(text(report, Aspect.REVOCATION)).contains("устарел");
    }

    @Test
    void anUnconfiguredRootIsUnknownNeverValid() {
        TestPki stranger = TestPki.createWithIntermediate("Неизвестный корневой УЦ", NOW);
        VerificationReport report = verify(stranger.legalEntity(), stranger.crl(), stranger.rootCrl());
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.UNKNOWN);
        assertThat(text(report, Aspect.CHAIN)).contains("не входит в число доверенных");
    }
}

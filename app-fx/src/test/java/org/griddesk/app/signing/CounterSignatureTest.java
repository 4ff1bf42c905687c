package org.griddesk.app.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.DERNumericString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.access.Operator;
import org.griddesk.core.signing.CheckedSignature;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.core.signing.SigningState;
import org.griddesk.signing.CadesSigner;
import org.griddesk.signing.GostAlgorithm;
import org.griddesk.signing.QualifiedOids;
import org.griddesk.signing.demo.TestIdentity;
import org.griddesk.signing.keys.KeyOrganisationSigner;
import org.griddesk.signing.demo.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A legal entity's counter-signature arriving from the portal, checked with real cryptography and real trust files. */
class CounterSignatureTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static DocumentSigningService signing;
    private static Operator signer;
    private static TestPki pki;

    @BeforeAll
    static void start() throws Exception {
        grid = TestGridDesk.demo(home);
        signing = grid.bean(DocumentSigningService.class);
        signer = grid.authentication().logIn("signer", "Signer-2026!".toCharArray());
        pki = TestPki.create("УЦ для проверки встречных подписей", Instant.now());
        TestIdentity.writePemObject(Files.createDirectories(home.resolve("trust")).resolve("counter-root.pem"),
                pki.root().certificate());
        Files.write(Files.createDirectories(home.resolve("crl")).resolve("counter.crl"), pki.crl().getEncoded());
    }

    @AfterAll
    static void stop() {
        grid.close();
    }

    private record Offer(CaseCard card, DocumentItem document, byte[] content) {
    }

    /** A legal entity's offer freshly signed by the organisation, so it waits for the applicant. */
    private static Offer offerOfLegalEntity(int skip) {
        CaseQuery prepared = new CaseQuery(Set.of("Подготовка оферты договора"), null, null, null, null,
                CaseSortColumn.CREATED, true, 0, 1000);
        int seen = 0;
        for (var row : grid.caseService().find(signer, prepared).rows()) {
            CaseCard card = grid.caseService().open(signer, row.id());
            if (card.applicant().type() != ApplicantType.LEGAL_ENTITY) {
                continue;
            }
            for (Map.Entry<Long, SigningProgress> entry : signing.progress(signer, row.id()).entrySet()) {
                if (entry.getValue().state() == SigningState.AWAITING_ORGANISATION && seen++ == skip) {
                    DocumentItem document = card.timeline().stream().filter(item -> item.id() == entry.getKey())
                            .map(DocumentItem.class::cast).findFirst().orElseThrow();
                    signing.signAsOrganisation(signer, row.id(), document.id(),
                            new KeyOrganisationSigner(pki.legalEntity().signingKey(), Clock.systemUTC()));
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    grid.caseService().download(signer, document, bytes);
                    return new Offer(card, document, bytes.toByteArray());
                }
            }
        }
        throw new AssertionError("no legal entity's offer waits for the organisation");
    }

    private static TestIdentity certificateOf(Applicant applicant, Instant from, Instant to) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "RU")
                .addRDN(BCStyle.O, applicant.organisationShortName()).addRDN(BCStyle.CN, applicant.organisationShortName())
                .addRDN(BCStyle.SURNAME, applicant.person().lastName()).addRDN(BCStyle.GIVENNAME, applicant.person().firstName())
                .addRDN(QualifiedOids.INN_LE, new DERNumericString(applicant.inn().value()))
                .addRDN(QualifiedOids.OGRN, new DERNumericString(applicant.ogrn().value()))
                .build();
        return pki.issue("applicant", GostAlgorithm.GOST_2012_512.defaultParamSet(), subject, from, to,
                TestPki.SIGNING_KEY_USAGE);
    }

    private static byte[] sign(byte[] content, TestIdentity key, Clock clock) throws Exception {
        return new CadesSigner(clock).sign(new ByteArrayInputStream(content), key.signingKey());
    }

    private static DocumentSignature receive(Offer offer, byte[] cms) {
        return signing.receiveQualifiedCounterSignature(offer.card().id(), offer.document().id(), cms);
    }

    private static SigningState state(Offer offer) {
        return signing.progress(signer, offer.card().id()).get(offer.document().id()).state();
    }

    @Test
    void theApplicantsOwnValidSignatureCompletesTheDocument() throws Exception {
        Offer offer = offerOfLegalEntity(0);
        Instant now = Instant.now();
        TestIdentity own = certificateOf(offer.card().applicant(), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        DocumentSignature received = receive(offer, sign(offer.content(), own, Clock.systemUTC()));
        assertThat(received.accepted()).as(String.valueOf(received.rejectionReason())).isTrue();
        assertThat(state(offer)).isEqualTo(SigningState.SIGNED);

        CheckedSignature again = signing.verify(signer, offer.card().id(), received.id());
        assertThat(again.valid()).isTrue();
        assertThat(again.report()).anyMatch(line -> line.startsWith("Соответствие заявителю: сертификат выдан заявителю"));
    }

    @Test
    void aSignatureOverOtherBytesIsRejected() throws Exception {
        Offer offer = offerOfLegalEntity(1);
        Instant now = Instant.now();
        TestIdentity own = certificateOf(offer.card().applicant(), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(300)));
        DocumentSignature received = receive(offer, sign("другой документ".getBytes(), own, Clock.systemUTC()));
        assertThat(received.accepted()).isFalse();
        assertThat(received.rejectionReason()).startsWith("Подпись недействительна");
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_APPLICANT);
    }

    @Test
    void aSignatureByAnExpiredCertificateOrSomeoneElseIsRejected() throws Exception {
        Offer offer = offerOfLegalEntity(2);
        Instant now = Instant.now();
        TestIdentity expired = certificateOf(offer.card().applicant(), now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2)));
        // The signer's clock claims a time when the certificate was valid; without a time-stamp that proves nothing.
        Clock backdated = Clock.fixed(now.minus(Duration.ofDays(3)), java.time.ZoneOffset.UTC);
        DocumentSignature late = receive(offer, sign(offer.content(), expired, backdated));
        assertThat(late.accepted()).isFalse();
        assertThat(late.rejectionReason()).isEqualTo("срок действия сертификата подписанта истёк до получения подписи");
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_APPLICANT);

        Offer other = offerOfLegalEntity(3);
        DocumentSignature stranger = receive(other, sign(other.content(), pki.legalEntity(), Clock.systemUTC()));
        assertThat(stranger.accepted()).isFalse();
        assertThat(stranger.rejectionReason()).contains("ИНН организации в сертификате");
        assertThat(state(other)).isEqualTo(SigningState.AWAITING_APPLICANT);
    }
}

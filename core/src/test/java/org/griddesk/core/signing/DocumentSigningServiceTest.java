package org.griddesk.core.signing;

import org.griddesk.core.access.AccessControl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.InMemorySignatures;
import org.griddesk.core.testing.RecordingNotifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentSigningServiceTest {
    private static final String ORGANISATION = "АО «Сетевая компания»";
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Operator SIGNER = new Operator(1, "signer", "Петров Алексей", Set.of(Role.CLERK), true, true, false);
    private static final Operator CLERK = new Operator(2, "clerk", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private static final byte[] OFFER = "%PDF оферта".getBytes();
    private static final SignerDetails ORGANISATION_KEY = new SignerDetails("Петров Алексей Николаевич", ORGANISATION,
            null, "7707083893", "1027700132195", null, null, "01", "Тестовый УЦ", NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemorySignatures signatures = new InMemorySignatures();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private CheckedSignature nextCheck;
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    private final DocumentSigningService service = new DocumentSigningService(cases, cases, signatures,
            (document, cms) -> {
                try {
                    assertThat(document.readAllBytes()).as("the checker sees the document's own bytes").isEqualTo(OFFER);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return nextCheck;
            }, direct, Clock.fixed(NOW, ZoneOffset.UTC), ORGANISATION, notifier,
            org.griddesk.core.audit.AuditTrail.NONE, AccessControl.asGiven());

    private record Offer(long caseId, long documentId) {
    }

    private Offer offerFor(Applicant applicant, boolean twoSided) {
        long caseId = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", NOW));
        cases.setApplicant(caseId, applicant);
        StoredContent content = cases.store(new ByteArrayInputStream(OFFER), 1000);
        long documentId = cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, NOW, "Иванова",
                "Оферта договора о технологическом присоединении", "offer.pdf", OFFER.length, content.sha256(), null,
                content.contentId(), twoSided));
        signatures.documentBelongsTo(documentId, caseId);
        return new Offer(caseId, documentId);
    }

    private SigningState state(Offer offer) {
        return service.progress(CLERK, offer.caseId()).get(offer.documentId()).state();
    }

    private void signAsOrganisation(Offer offer) {
        service.signAsOrganisation(SIGNER, offer.caseId(), offer.documentId(),
                document -> new MadeSignature(new byte[]{1, 2, 3}, ORGANISATION_KEY, NOW));
    }

    private static Applicant soleProprietor() {
        return new Applicant(7, ApplicantType.SOLE_PROPRIETOR, new PersonFullName("Сидоров", "Пётр", "Ильич"),
                Email.parse("s@example.ru"), PhoneNumber.parse("+79617005673"), null, Inn.parse("420538910787"), null,
                Ogrnip.parse("318420500015205"), null, null, null, NOW);
    }

    private static Applicant individual() {
        return new Applicant(8, ApplicantType.INDIVIDUAL, new PersonFullName("Кравцова", "Елена", null),
                Email.parse("k@example.ru"), PhoneNumber.parse("+79031234567"), Snils.parse("049-114-804 49"), null, null,
                null, null, null, null, NOW);
    }

    private static Applicant legalEntity() {
        return new Applicant(9, ApplicantType.LEGAL_ENTITY, new PersonFullName("Орлов", "Иван", null),
                Email.parse("o@example.ru"), PhoneNumber.parse("+79030000000"), null, Inn.parse("7707083893"),
                Ogrn.parse("1027700132195"), null, Kpp.parse("773601001"), "ПАО «Банк»", "ПАО «Банк»", NOW);
    }

    private static CheckedSignature valid(SignerDetails signer) {
        return new CheckedSignature(true, "действительна", signer, NOW.plusSeconds(60), List.of("Целостность: да"));
    }

    private static SignerDetails proprietorCertificate(String inn, String ogrnip) {
        return new SignerDetails("Сидоров Пётр Ильич", null, inn, null, null, ogrnip, null, "02", "Тестовый УЦ",
                NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));
    }

    @Test
    void theOrganisationSignsFirstThenTheApplicant() {
        Offer offer = offerFor(soleProprietor(), true);
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_ORGANISATION);
        assertThat(service.progress(CLERK, offer.caseId()).get(offer.documentId()).describe(ORGANISATION, ZoneOffset.UTC))
                .containsExactly("Не подписано со стороны " + ORGANISATION,
                        "Ожидается подписание документа со стороны " + ORGANISATION);

        signAsOrganisation(offer);
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_APPLICANT);
        assertThat(notifier.sent()).containsExactly("awaits signature Оферта договора о технологическом присоединении");
        assertThat(service.progress(CLERK, offer.caseId()).get(offer.documentId()).describe(ORGANISATION, ZoneOffset.UTC))
                .containsExactly("Подписано со стороны " + ORGANISATION + ": Петров Алексей Николаевич "
                                + "(усиленная квалифицированная электронная подпись, 20.11.2026 10:00)",
                        "Ожидается подписание документа со стороны пользователя");

        nextCheck = valid(proprietorCertificate("420538910787", "318420500015205"));
        DocumentSignature counter = service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9});
        assertThat(counter.accepted()).isTrue();
        assertThat(state(offer)).isEqualTo(SigningState.SIGNED);
        assertThat(service.progress(CLERK, offer.caseId()).get(offer.documentId()).describe(ORGANISATION, ZoneOffset.UTC))
                .first().isEqualTo("Дата подписания: 20.11.2026 10:01");
        assertThat(service.signatureFile(CLERK, counter.id())).containsExactly(9);
        assertThat(cases.load(offer.caseId()).orElseThrow().history()).extracting(CaseChange::what)
                .contains("Подписан документ", "Подписан документ пользователем");
    }

    @Test
    void onlyAnOperatorWithTheRightSignsAndOnlyOnce() {
        Offer offer = offerFor(soleProprietor(), true);
        assertThatThrownBy(() -> service.signAsOrganisation(CLERK, offer.caseId(), offer.documentId(),
                document -> new MadeSignature(new byte[]{1}, ORGANISATION_KEY, NOW)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Недостаточно прав");
        signAsOrganisation(offer);
        assertThatThrownBy(() -> signAsOrganisation(offer)).isInstanceOf(DomainException.class)
                .hasMessage("Документ уже подписан со стороны " + ORGANISATION);
    }

    @Test
    void aKeyThatCannotSignLeavesNothingBehind() {
        Offer offer = offerFor(soleProprietor(), true);
        assertThatThrownBy(() -> service.signAsOrganisation(SIGNER, offer.caseId(), offer.documentId(), document -> {
            throw new DomainException("Срок действия сертификата истёк");
        })).hasMessage("Срок действия сертификата истёк");
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_ORGANISATION);
    }

    @Test
    void documentsWithoutTheTwoSidedMarkCannotBeSigned() {
        Offer plain = offerFor(soleProprietor(), false);
        assertThat(service.progress(CLERK, plain.caseId())).isEmpty();
        assertThatThrownBy(() -> signAsOrganisation(plain)).hasMessageContaining("не требует двухсторонней подписи");
    }

    @Test
    void theApplicantCannotSignBeforeTheOrganisation() {
        Offer offer = offerFor(soleProprietor(), true);
        nextCheck = valid(proprietorCertificate("420538910787", "318420500015205"));
        assertThatThrownBy(() -> service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9}))
                .hasMessageContaining("ещё не подписан со стороны " + ORGANISATION);
    }

    @Test
    void anInvalidCounterSignatureIsKeptAsRejectedNeverAsSigned() {
        Offer offer = offerFor(soleProprietor(), true);
        signAsOrganisation(offer);
        nextCheck = new CheckedSignature(false, "недействительна: документ изменён после подписания", null, null, List.of());
        DocumentSignature counter = service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9});
        assertThat(counter.accepted()).isFalse();
        assertThat(counter.rejectionReason()).contains("документ изменён");
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_APPLICANT);
        assertThat(service.progress(CLERK, offer.caseId()).get(offer.documentId()).describe(ORGANISATION, ZoneOffset.UTC))
                .last().asString().contains("не принята: недействительна: документ изменён");
    }

    @Test
    void aValidSignatureOfSomeoneElseIsRejected() {
        Offer offer = offerFor(soleProprietor(), true);
        signAsOrganisation(offer);
        nextCheck = valid(proprietorCertificate("500100732259", "318420500015205"));
        DocumentSignature wrongInn = service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9});
        assertThat(wrongInn.accepted()).isFalse();
        assertThat(wrongInn.rejectionReason()).contains("ИНН в сертификате (500100732259) не совпадает");

        nextCheck = valid(proprietorCertificate("420538910787", null));
        assertThat(service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9})
                .rejectionReason()).contains("не указан ОГРНИП");
        assertThat(state(offer)).isEqualTo(SigningState.AWAITING_APPLICANT);
    }

    @Test
    void aCertificateExpiredBeforeTheSignatureArrivedIsNotAccepted() {
        Offer offer = offerFor(soleProprietor(), true);
        signAsOrganisation(offer);
        nextCheck = valid(new SignerDetails("Сидоров Пётр Ильич", null, "420538910787", null, null, "318420500015205",
                null, "05", "УЦ", NOW.minusSeconds(86_400), NOW.minusSeconds(1)));
        DocumentSignature late = service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9});
        assertThat(late.accepted()).isFalse();
        assertThat(late.rejectionReason()).contains("истёк до получения подписи");
    }

    @Test
    void aLegalEntityIsMatchedByOrganisationInnAndOgrn() {
        Offer offer = offerFor(legalEntity(), true);
        signAsOrganisation(offer);
        nextCheck = valid(new SignerDetails("Орлов Иван", "ПАО «Банк»", "500100732259", "7707083893", "1027700132195",
                null, null, "03", "УЦ", NOW.minusSeconds(60), NOW.plusSeconds(60)));
        assertThat(service.receiveQualifiedCounterSignature(offer.caseId(), offer.documentId(), new byte[]{9}).accepted())
                .isTrue();
    }

    @Test
    void anIndividualSignsWithAnSmsCodeOfWhichOnlyTheHashIsKept() {
        Offer offer = offerFor(individual(), true);
        signAsOrganisation(offer);
        DocumentSignature wrongPhone = service.receiveSimpleCounterSignature(offer.caseId(), offer.documentId(),
                "+79990000000", NOW, "4711");
        assertThat(wrongPhone.accepted()).isFalse();
        assertThat(wrongPhone.rejectionReason()).contains("+7-903-123-45-67");

        DocumentSignature simple = service.receiveSimpleCounterSignature(offer.caseId(), offer.documentId(),
                "8 903 123-45-67", NOW, "4711");
        assertThat(simple.accepted()).isTrue();
        assertThat(simple.kind()).isEqualTo(SignatureKind.SIMPLE);
        assertThat(simple.smsCodeHash()).hasSize(64).doesNotContain("4711");
        assertThat(simple.smsCodeHash()).isEqualTo(DocumentSigningService.smsHash(offer.documentId(), "4711"));
        assertThat(state(offer)).isEqualTo(SigningState.SIGNED);
        assertThatThrownBy(() -> service.signatureFile(CLERK, simple.id())).hasMessageContaining("простая");
    }

    @Test
    void aSoleProprietorCannotSignWithAnSmsCode() {
        Offer offer = offerFor(soleProprietor(), true);
        signAsOrganisation(offer);
        DocumentSignature simple = service.receiveSimpleCounterSignature(offer.caseId(), offer.documentId(),
                "+79617005673", NOW, "1234");
        assertThat(simple.accepted()).isFalse();
        assertThat(simple.rejectionReason()).contains("только квалифицированной");
    }
}

package org.griddesk.core.contracts;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.StoredContent;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.deadlines.StageStatuses;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.MadeSignature;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.InMemoryContracts;
import org.griddesk.core.testing.InMemorySignatures;
import org.griddesk.core.testing.RecordingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Operator SIGNER = new Operator(1, "signer", "Петров Алексей", Set.of(Role.CLERK), true, true, false);
    private static final List<String> STAGES = List.of("Исполнение договора ТП", "Ведется проектирование",
            "Ведутся строительно-монтажные работы");
    private static final SignerDetails ORGANISATION_KEY = new SignerDetails("Петров Алексей Николаевич", "АО «Сети»",
            null, "7707083893", "1027700132195", null, null, "01", "УЦ", NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));
    private static final Applicant KRAVTSOVA = new Applicant(8, ApplicantType.INDIVIDUAL,
            new PersonFullName("Кравцова", "Елена", null), Email.parse("k@example.ru"), PhoneNumber.parse("+79031234567"),
            Snils.parse("049-114-804 49"), null, null, null, null, null, null, NOW);

    private final InMemoryCases cases = new InMemoryCases();
    private final InMemorySignatures signatures = new InMemorySignatures();
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ContractService service = new ContractService(contracts, cases, signatures,
            caseId -> Optional.of(LocalDate.of(2027, 6, 7)), (caseId, status, operator, at) -> { }, () -> STAGES,
            notifier, AuditTrail.NONE, AccessControl.asGiven(), direct, clock);
    private final DocumentSigningService signing = new DocumentSigningService(cases, cases, signatures,
            (document, cms) -> null, direct, clock, () -> "АО «Сети»", notifier, AuditTrail.NONE, AccessControl.asGiven(),
            service);
    private long caseId;

    @BeforeEach
    void application() {
        caseId = cases.create(new NewCase(8, CaseKind.APPLICATION, "Заявка на ТП дома", NOW));
        cases.setApplicant(caseId, KRAVTSOVA);
        cases.updateStatusAndNumber(caseId, 0, "Ожидание ответа электросетевой", "Подготовка оферты договора", "1563", NOW);
    }

    private long signedByBoth(String name) {
        StoredContent content = cases.store(new ByteArrayInputStream("%PDF".getBytes()), 100);
        long document = cases.addItem(caseId, new DocumentItem(0, Side.ORGANISATION, NOW, "Иванова", name, "doc.pdf", 4,
                content.sha256(), null, content.contentId(), true));
        signatures.documentBelongsTo(document, caseId);
        signing.signAsOrganisation(SIGNER, caseId, document, in -> new MadeSignature(new byte[]{1}, ORGANISATION_KEY, NOW));
        signing.receiveSimpleCounterSignature(caseId, document, "+79031234567", NOW, "123456");
        return document;
    }

    @Test
    void theOfferSignedByBothConcludesTheContractAndTheCaseIsExecuted() {
        assertThat(service.contract(SIGNER, caseId)).isEmpty();
        signedByBoth(ContractService.OFFER);

        ContractState state = service.contract(SIGNER, caseId).orElseThrow();
        assertThat(state.contract().number()).isEqualTo("1563");
        assertThat(state.contract().concludedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(state.contract().stage()).isEqualTo("Исполнение договора ТП");
        assertThat(state.plannedCompletion()).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(cases.load(caseId).orElseThrow().status()).isEqualTo(StageStatuses.CONTRACT_EXECUTION);
        assertThat(notifier.sent()).contains("status Подготовка оферты договора -> Исполнение договора ТП",
                "signed by both " + ContractService.OFFER);
        assertThat(state.actsToSign()).containsExactlyElementsOf(ContractService.CLOSING_ACTS);
        assertThat(state.closable()).isFalse();
    }

    @Test
    void aStageChangeIsAStatusNoteTheApplicantIsToldAndTwoClerksDoNotOverwriteEachOther() {
        signedByBoth(ContractService.OFFER);
        long seen = service.contract(SIGNER, caseId).orElseThrow().contract().version();

        ContractState changed = service.changeStage(SIGNER, caseId, seen, "Ведется проектирование");
        assertThat(changed.contract().stage()).isEqualTo("Ведется проектирование");
        assertThat(cases.load(caseId).orElseThrow().timeline()).filteredOn(StatusNoteItem.class::isInstance)
                .map(item -> ((StatusNoteItem) item).text()).containsExactly("Ведется проектирование");
        assertThat(notifier.sent()).contains("status note Ведется проектирование");

        assertThatThrownBy(() -> service.changeStage(SIGNER, caseId, seen, "Ведутся строительно-монтажные работы"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> service.changeStage(SIGNER, caseId, changed.contract().version(), "Придуманная"))
                .isInstanceOf(ValidationException.class).hasMessage("Выберите стадию из справочника");
    }

    @Test
    void theCaseClosesOnlyWhenBothClosingActsAreSignedByBoth() {
        signedByBoth(ContractService.OFFER);
        long version = service.contract(SIGNER, caseId).orElseThrow().contract().version();
        assertThatThrownBy(() -> service.complete(SIGNER, caseId, version)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Акт об осуществлении технологического присоединения");

        signedByBoth("Акт об осуществлении технологического присоединения");
        signedByBoth("Акт допуска прибора учёта в эксплуатацию");
        ContractState closed = service.complete(SIGNER, caseId, version);

        assertThat(closed.contract().completedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(cases.load(caseId).orElseThrow().status()).isEqualTo(ContractService.COMPLETED);
        assertThat(notifier.sent()).contains("status Исполнение договора ТП -> Исполнен");
        assertThatThrownBy(() -> service.changeStage(SIGNER, caseId, closed.contract().version(), "Ведется проектирование"))
                .isInstanceOf(ValidationException.class);
    }
}

package org.griddesk.app.cases;

import org.griddesk.core.contracts.ContractService;
import org.griddesk.core.testing.InMemoryContracts;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.app.testing.CurrentThreadTaskExecutor;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.InMemoryDictionaries;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.KeySourceKind;
import org.griddesk.core.signing.SigningKeys;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.InMemorySignatures;
import org.griddesk.core.testing.RecordingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's view-model logic on core's in-memory ports: no FX toolkit, no Spring, tasks on the test's thread. */
class CaseCardViewModelLogicTest {
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова Мария Петровна", Set.of(Role.CLERK), false, true, false);
    private static final String OPENING = "Просмотр обращения и персональных данных заявителя";

    private final InMemoryCases store = new InMemoryCases();
    private final List<String> audited = new ArrayList<>();
    private final AuditTrail audit = (actor, action, subject, before, after) -> audited.add(action);
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private final CaseService cases = new CaseService(store, store, () -> CaseStatuses.SEEDED,
            html -> new SanitizedHtml(html, html), direct, clock, new RecordingNotifier(), audit, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
            (changedCase, status, operator, at) -> { });
    private final SigningKeys noKeys = new SigningKeys() {
        @Override
        public List<KeySourceKind> available() {
            return List.of(KeySourceKind.PKCS12_FILE);
        }

        @Override
        public org.griddesk.core.signing.KeyContainer open(KeySourceKind kind, java.nio.file.Path file) {
            throw new IllegalStateException("no keys in this test");
        }
    };
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(dialogs::showError);
    private final EventBus events = new EventBus();
    private final InMemorySignatures signatures = new InMemorySignatures();
    private DocumentSigningService signing;
    private CaseCardViewModel model;
    private long caseId;

    @BeforeEach
    void openCard() {
        caseId = store.create(new NewCase(1, CaseKind.APPLICATION, "Заявка на технологическое присоединение", Instant.EPOCH));
        signing = new DocumentSigningService(store, store, signatures,
                (document, cms) -> null, direct, clock, "АО «Сетевая компания»", new RecordingNotifier(), audit, AccessControl.asGiven());
        DictionaryService dictionaries = new DictionaryService(new InMemoryDictionaries(), audit, direct, clock, AccessControl.asGiven());
        Session session = new Session();
        session.logIn(CLERK);
        ContractService contracts = new ContractService(new InMemoryContracts(), store, signatures,
                changedCase -> java.util.Optional.empty(), (changedCase, status, operator, at) -> { },
                dictionaries::contractStages, new RecordingNotifier(), audit, AccessControl.asGiven(), direct, clock);
        model = new CaseCardViewModel(caseId, new CaseScreenServices(cases, signing, contracts, dictionaries, noKeys,
                (heading, lines) -> new byte[0], clock), new UiContext(executor, dialogs, events, session));
    }

    @Test
    void openingIsAuditedOnceAndFiveSavesAndOthersChangesAddNoFurtherOpenings() {
        model.activate();
        assertThat(model.cardProperty().get().status()).isEqualTo(CaseStatuses.INITIAL);
        for (int save = 1; save <= 5; save++) {
            model.header().registrationNumberProperty().set("ТП-" + save);
            model.header().save();
            assertThat(model.noticeProperty().get()).isEqualTo("Сохранено");
        }
        events.publish(new CaseChangedEvent(caseId));
        assertThat(audited.stream().filter(OPENING::equals)).hasSize(1);
        assertThat(audited.stream().filter("Регистрационный номер"::equals)).hasSize(5);
        assertThat(model.tabTitleProperty().get()).isEqualTo("№ ТП-5");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aReloadThatFinishesAfterANewerOneIsDropped() {
        model.activate();
        executor.hold();
        model.reload();
        cases.saveStatusAndNumber(CLERK, caseId, model.cardProperty().get().version(), "Подготовка оферты договора", "77");
        model.reload();
        assertThat(executor.heldCount()).isEqualTo(2);
        executor.releaseNewest();
        assertThat(model.cardProperty().get().registrationNumber()).isEqualTo("77");
        // The older load runs last and would read a later state: its result must not replace the newer one.
        cases.saveStatusAndNumber(CLERK, caseId, model.cardProperty().get().version(), "Исполнение договора ТП", "78");
        executor.releaseAll();
        assertThat(model.cardProperty().get().registrationNumber()).isEqualTo("77");
        assertThat(model.header().statusProperty().get()).isEqualTo("Подготовка оферты договора");
    }

    @Test
    void typingSurvivesAnotherWorkstationsChangeThatLeavesStatusAndNumberAlone() {
        model.activate();
        model.header().statusProperty().set("Заявка на рассмотрении сетевой организацией");
        cases.addStatusNote(CLERK, caseId, "Ведется проектирование");
        events.publish(new CaseChangedEvent(caseId));
        assertThat(model.timeline().items()).hasSize(1);
        assertThat(model.header().statusProperty().get()).isEqualTo("Заявка на рассмотрении сетевой организацией");
        assertThat(model.header().dirtyBinding().get()).isTrue();
    }

    @Test
    void aRefusedMessageOrNoteComesBackWithItsReasonAndNothingIsAdded() {
        model.activate();
        java.util.List<String> reasons = new java.util.ArrayList<>();
        model.timeline().addMessage("   ", reasons::add);
        model.timeline().addStatusNote("Ведется\u202Eпроектирование", reasons::add);
        assertThat(reasons).hasSize(2);
        assertThat(reasons.getFirst()).contains("Введите текст сообщения");
        assertThat(model.timeline().items()).isEmpty();
    }

    @Test
    void closingWithAnUnsavedNumberAsksAndDoesWhatTheClerkChose() {
        model.activate();
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        model.close(closed::incrementAndGet);
        assertThat(closed).as("nothing typed: closes without asking").hasValue(1);
        assertThat(dialogs.saveQuestions()).isEmpty();

        model.header().registrationNumberProperty().set("ТП-77");
        dialogs.answerSaveQuestion(org.griddesk.app.ui.SaveChoice.CANCEL);
        model.close(closed::incrementAndGet);
        assertThat(closed).as("«Отмена» keeps the card").hasValue(1);
        assertThat(dialogs.saveQuestions()).singleElement().asString().startsWith("Сохранить изменения?");

        dialogs.answerSaveQuestion(org.griddesk.app.ui.SaveChoice.SAVE);
        model.close(closed::incrementAndGet);
        assertThat(closed).as("«Сохранить» closes once saved").hasValue(2);
        assertThat(cases.refresh(CLERK, caseId).registrationNumber()).isEqualTo("ТП-77");

        model.header().statusProperty().set("Подготовка оферты договора");
        dialogs.answerSaveQuestion(org.griddesk.app.ui.SaveChoice.DISCARD);
        model.close(closed::incrementAndGet);
        assertThat(closed).as("«Не сохранять» closes").hasValue(3);
        assertThat(cases.refresh(CLERK, caseId).status()).isEqualTo(CaseStatuses.INITIAL);
    }

    @Test
    void aSignedDocumentOffersNoWorkingDeleteAndSaysWhy() {
        byte[] pdf = "%PDF-1.7 оферта".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cases.addDocument(CLERK, caseId, new org.griddesk.core.cases.NewDocument("Оферта", "оферта.pdf", pdf.length, null,
                true), new java.io.ByteArrayInputStream(pdf));
        cases.addDocument(CLERK, caseId, new org.griddesk.core.cases.NewDocument("Письмо", "письмо.pdf", pdf.length, null,
                false), new java.io.ByteArrayInputStream(pdf));
        long offer = cases.refresh(CLERK, caseId).timeline().stream().filter(item -> item instanceof
                org.griddesk.core.cases.DocumentItem d && d.requiresTwoSidedSignature()).findFirst().orElseThrow().id();
        signatures.documentBelongsTo(offer, caseId);
        Operator signer = new Operator(3, "signer", "Петров Алексей", Set.of(Role.CLERK), true, true, false);
        signing.signAsOrganisation(signer, caseId, offer, document -> new org.griddesk.core.signing.MadeSignature(
                new byte[]{0x30}, new org.griddesk.core.signing.SignerDetails("Петров Алексей", "АО «Сетевая компания»",
                null, null, null, null, null, "1", "Тестовый УЦ", Instant.EPOCH, Instant.MAX), clock.instant()));

        model.activate();
        List<org.griddesk.core.cases.TimelineItem> items = model.timeline().items();
        assertThat(items).hasSize(2);
        assertThat(items).filteredOn(item -> item.id() == offer).singleElement()
                .satisfies(item -> assertThat(model.timeline().deleteRefusal(item)).get().asString()
                        .startsWith("Подписанный документ удалить нельзя"));
        assertThat(items).filteredOn(item -> item.id() != offer).singleElement()
                .satisfies(item -> assertThat(model.timeline().deleteRefusal(item)).isEmpty());
    }
}

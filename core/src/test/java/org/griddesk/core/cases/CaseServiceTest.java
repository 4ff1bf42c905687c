package org.griddesk.core.cases;

import org.griddesk.core.access.AccessControl;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.RecordingNotifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseServiceTest {
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова Мария Петровна", Set.of(Role.CLERK), false, true, false);
    private static final Operator SUPERVISOR = new Operator(2, "boss", "Петров П. П.", Set.of(Role.SUPERVISOR), false, true, false);

    private final InMemoryCases store = new InMemoryCases();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final HtmlSanitizer stripTags = html -> new SanitizedHtml(html.replaceAll("<script.*?</script>", ""),
            html.replaceAll("<[^>]*>", ""));
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final java.util.List<String> audited = new java.util.ArrayList<>();
    private final CaseService service = new CaseService(store, store, () -> CaseStatuses.SEEDED, stripTags, direct,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), notifier,
            (actor, action, subject, before, after) -> audited.add(action + " | " + subject + " | " + before + " -> " + after), AccessControl.asGiven(), CaseDictionaries.DEFAULT,
            (changedCase, status, operator, at) -> { });
    private long caseId;

    @BeforeEach
    void createCase() {
        caseId = store.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", Instant.EPOCH));
    }

    @Test
    void savesStatusAndNumberAndKeepsHistory() {
        CaseCard saved = service.saveStatusAndNumber(CLERK, caseId, 0, " Подготовка оферты договора ", "1563");

        assertThat(saved.status()).isEqualTo("Подготовка оферты договора");
        assertThat(saved.registrationNumber()).isEqualTo("1563");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.history()).extracting(CaseChange::what, CaseChange::before, CaseChange::after, CaseChange::operator)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Текущий статус", CaseStatuses.INITIAL, "Подготовка оферты договора", CLERK.fullName()),
                        org.assertj.core.groups.Tuple.tuple("Регистрационный номер", null, "1563", CLERK.fullName()));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        service.saveStatusAndNumber(CLERK, caseId, 0, "Исполнение договора ТП", "10");

        assertThatThrownBy(() -> service.saveStatusAndNumber(CLERK, caseId, 0, "Другой статус", "11"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("изменено другим пользователем");
        assertThat(service.open(CLERK, caseId).status()).isEqualTo("Исполнение договора ТП");
    }

    @Test
    void aNumberOfAnotherCaseIsRefused() {
        long other = store.create(new NewCase(1, CaseKind.MESSAGE, "Сообщение", Instant.EPOCH));
        service.saveStatusAndNumber(CLERK, other, 0, CaseStatuses.INITIAL, "1563");

        assertThatThrownBy(() -> service.saveStatusAndNumber(CLERK, caseId, 0, CaseStatuses.INITIAL, "1563"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("1563").hasMessageContaining("уже присвоен");
    }

    @Test
    void emptyStatusAndClearingANumberAreRefused() {
        assertThatThrownBy(() -> service.saveStatusAndNumber(CLERK, caseId, 0, "  ", null))
                .hasMessage("Укажите текущий статус");
        service.saveStatusAndNumber(CLERK, caseId, 0, CaseStatuses.INITIAL, "7");
        assertThatThrownBy(() -> service.saveStatusAndNumber(CLERK, caseId, 1, CaseStatuses.INITIAL, ""))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void suggestsTheNumberAfterTheLargestNumericOne() {
        assertThat(service.suggestRegistrationNumber()).isEqualTo("1");
        service.saveStatusAndNumber(CLERK, caseId, 0, CaseStatuses.INITIAL, "1563");
        long other = store.create(new NewCase(1, CaseKind.MESSAGE, "Сообщение", Instant.EPOCH));
        service.saveStatusAndNumber(CLERK, other, 0, CaseStatuses.INITIAL, "ТП-99999");
        assertThat(service.suggestRegistrationNumber()).isEqualTo("1564");
    }

    @Test
    void aSupervisorMayLookButNotChange() {
        assertThat(service.open(SUPERVISOR, caseId).status()).isEqualTo(CaseStatuses.INITIAL);
        assertThatThrownBy(() -> service.saveStatusAndNumber(SUPERVISOR, caseId, 0, "Исполнение договора ТП", "1"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Недостаточно прав");
        assertThatThrownBy(() -> service.addStatusNote(SUPERVISOR, caseId, "Ведется проектирование"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documentsOverFiftyMegabytesAreRefusedBeforeReading() {
        NewDocument tooLarge = new NewDocument("Письмо", "big.pdf", CaseService.MAX_DOCUMENT_BYTES + 1, null, false);
        ByteArrayInputStream neverRead = new ByteArrayInputStream(new byte[0]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                throw new AssertionError("the stream must not be read");
            }
        };
        assertThatThrownBy(() -> service.addDocument(CLERK, caseId, tooLarge, neverRead))
                .isInstanceOf(ValidationException.class).hasMessage("Максимальный размер файла 50 МБ");
    }

    @Test
    void addsADocumentFirstInTheTimeline() {
        byte[] bytes = "%PDF-1.4 оферта".getBytes(StandardCharsets.UTF_8);
        CaseCard card = service.addDocument(CLERK, caseId,
                new NewDocument(" Оферта договора о технологическом присоединении ", "Договор ТП.pdf", bytes.length, " ", true),
                new ByteArrayInputStream(bytes));

        DocumentItem document = (DocumentItem) card.timeline().getFirst();
        assertThat(document.documentName()).isEqualTo("Оферта договора о технологическом присоединении");
        assertThat(document.side()).isEqualTo(Side.ORGANISATION);
        assertThat(document.comment()).isNull();
        assertThat(document.requiresTwoSidedSignature()).isTrue();
        assertThat(InMemoryCases.read(store, document.contentId())).isEqualTo(bytes);
        assertThat(card.history().getFirst().what()).isEqualTo("Добавлен документ");
    }

    @Test
    void messagesAreSanitisedAndMustSaySomething() {
        CaseCard card = service.addMessage(CLERK, caseId, "<p>Ответ <b>дан</b></p><script>alert(1)</script>");
        assertThat(((MessageItem) card.timeline().getFirst()).html()).doesNotContain("script").contains("<b>дан</b>");
        assertThatThrownBy(() -> service.addMessage(CLERK, caseId, "<p> </p>")).hasMessage("Введите текст сообщения");
    }

    @Test
    void onlyOrganisationItemsCanBeDeleted() {
        store.putApplicantNote(caseId, "от заявителя");
        long applicantItem = service.open(CLERK, caseId).timeline().getFirst().id();
        CaseCard withDocument = service.addDocument(CLERK, caseId, new NewDocument("Письмо", "a.txt", 1, null, false),
                new ByteArrayInputStream(new byte[] {1}));
        DocumentItem ours = (DocumentItem) withDocument.timeline().getFirst();

        assertThatThrownBy(() -> service.deleteItem(CLERK, caseId, applicantItem))
                .isInstanceOf(DomainException.class).hasMessage("Документы и сообщения заявителя удалить нельзя");
        CaseCard after = service.deleteItem(CLERK, caseId, ours.id());

        assertThat(after.timeline()).extracting(TimelineItem::id).containsExactly(applicantItem);
        assertThat(store.hasContent(ours.contentId())).isFalse();
        assertThat(after.history().getFirst().what()).isEqualTo("Удалено: документ");
    }

    @Test
    void theApplicantIsToldOfStatusesMessagesNotesAndDocumentsButNotOfNumbers() {
        CaseCard card = service.open(CLERK, caseId);
        service.saveStatusAndNumber(CLERK, caseId, card.version(), card.status(), "501");
        assertThat(notifier.sent()).as("a number alone is not news for the applicant").isEmpty();
        CaseCard numbered = service.open(CLERK, caseId);
        service.saveStatusAndNumber(CLERK, caseId, numbered.version(), "Подготовка оферты договора", "501");
        service.addMessage(CLERK, caseId, "<p>Здравствуйте</p>");
        service.addStatusNote(CLERK, caseId, "Ведется проектирование");
        service.addDocument(CLERK, caseId, new NewDocument("Технические условия", "ТУ.pdf", 5, null, false),
                new java.io.ByteArrayInputStream("%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertThat(notifier.sent()).containsExactly(
                "status " + CaseStatuses.INITIAL + " -> Подготовка оферты договора", "message",
                "status note Ведется проектирование", "document Технические условия");
    }

    @Test
    void everyChangeAndEveryOpeningIsAudited() {
        service.open(CLERK, caseId);
        service.saveStatusAndNumber(CLERK, caseId, 0, "Подготовка оферты договора", "77");
        service.addStatusNote(CLERK, caseId, "Ведется проектирование");
        assertThat(audited).containsExactly(
                "Просмотр обращения и персональных данных заявителя | Обращение без номера (id " + caseId + ") | null -> null",
                "Текущий статус | Обращение без номера (id " + caseId + ") | " + CaseStatuses.INITIAL + " -> Подготовка оферты договора",
                "Регистрационный номер | Обращение без номера (id " + caseId + ") | null -> 77",
                "Добавлен статус | Обращение №77 | null -> Ведется проектирование");
    }

    @Test
    void refreshingAnOpenCardAddsNoAuditRecordButStillNeedsTheRightToView() {
        service.open(CLERK, caseId);
        CaseCard again = service.refresh(CLERK, caseId);
        assertThat(again.id()).isEqualTo(caseId);
        assertThat(audited).hasSize(1);
        Operator nobody = new Operator(99, "nobody", "Без ролей", Set.of(), false, true, false);
        assertThatThrownBy(() -> service.refresh(nobody, caseId))
                .isInstanceOf(AccessDeniedException.class);
    }
}

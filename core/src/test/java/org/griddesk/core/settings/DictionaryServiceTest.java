package org.griddesk.core.settings;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.core.settings.Dictionary.CASE_STATUSES;
import static org.griddesk.core.settings.Dictionary.DOCUMENT_NAMES;
import static org.griddesk.core.settings.Operators.ADMIN;

class DictionaryServiceTest {
    private final InMemoryDictionaries store = new InMemoryDictionaries();
    private final CountingTransactions transactions = new CountingTransactions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail(transactions);
    private final DictionaryService service = new DictionaryService(store, audit, transactions,
            Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC), AccessControl.asGiven());

    @BeforeEach
    void seed() {
        store.add(CASE_STATUSES, "Ожидание ответа электросетевой");
        store.add(CASE_STATUSES, "Подготовка оферты договора");
        store.add(DOCUMENT_NAMES, "Технические условия");
        store.add(DOCUMENT_NAMES, "Счёт на оплату");
        store.caseStatuses.put("Подготовка оферты договора", 3);
        store.caseStatuses.put("Ждём оплату", 2);
    }

    @Test
    void addsAnEntryAtTheEndInOneTransactionWithAnAuditRecord() {
        List<DictionaryEntry> entries = service.add(ADMIN, DOCUMENT_NAMES, "  Акт допуска прибора учёта ");

        assertThat(entries).extracting(DictionaryEntry::name)
                .containsExactly("Технические условия", "Счёт на оплату", "Акт допуска прибора учёта");
        assertThat(transactions.started()).isEqualTo(1);
        assertThat(audit.entries()).containsExactly(new RecordingAuditTrail.Entry("admin", "Добавление в справочник",
                "Справочник «Названия документов»", null, "Акт допуска прибора учёта", true));
    }

    @Test
    void refusesEmptyAndDuplicateNamesWhateverTheLetterCase() {
        assertThatThrownBy(() -> service.add(ADMIN, CASE_STATUSES, "  "))
                .isInstanceOf(ValidationException.class).hasMessage("Введите статус");
        assertThatThrownBy(() -> service.add(ADMIN, CASE_STATUSES, "подготовка ОФЕРТЫ договора"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("В справочнике «Статусы обращений» уже есть статус «подготовка ОФЕРТЫ договора»");
        assertThatThrownBy(() -> service.add(ADMIN, CASE_STATUSES, "с".repeat(201)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("не более 200 символов");
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void renamingAStatusCarriesItsCasesAlong() {
        DictionaryEntry offer = entry(CASE_STATUSES, "Подготовка оферты договора");

        List<DictionaryEntry> entries = service.rename(ADMIN, CASE_STATUSES, offer, "Подготовка оферты договора ТП");

        assertThat(entries).extracting(DictionaryEntry::name)
                .containsExactly("Ожидание ответа электросетевой", "Подготовка оферты договора ТП");
        assertThat(store.caseStatuses).containsEntry("Подготовка оферты договора ТП", 3)
                .doesNotContainKey("Подготовка оферты договора");
        assertThat(store.caseHistory).containsExactly(
                "Орлова Марина Сергеевна: Подготовка оферты договора → Подготовка оферты договора ТП");
        assertThat(audit.last()).isEqualTo(new RecordingAuditTrail.Entry("admin", "Переименование в справочнике",
                "Справочник «Статусы обращений»", "Подготовка оферты договора",
                "Подготовка оферты договора ТП (обращений с этим статусом: 3)", true));
    }

    @Test
    void renamingADocumentNameLeavesDocumentsAlone() {
        service.rename(ADMIN, DOCUMENT_NAMES, entry(DOCUMENT_NAMES, "Счёт на оплату"), "Счёт");
        assertThat(store.caseHistory).isEmpty();
        assertThat(service.activeDocumentNames()).containsExactly("Технические условия", "Счёт");
    }

    @Test
    void aRenameOverSomeoneElsesChangeIsRefusedAndNothingIsRecorded() {
        DictionaryEntry seen = entry(CASE_STATUSES, "Подготовка оферты договора");
        service.rename(ADMIN, CASE_STATUSES, seen, "Оферта");
        int recorded = audit.entries().size();

        assertThatThrownBy(() -> service.rename(ADMIN, CASE_STATUSES, seen, "Оферта договора"))
                .isInstanceOf(ConcurrentChangeException.class).hasMessage(DictionaryService.STALE);
        assertThatThrownBy(() -> service.retire(ADMIN, CASE_STATUSES, seen))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(audit.entries()).hasSize(recorded);
    }

    @Test
    void retiredEntriesAreNoLongerOfferedButStayListedAndCanComeBack() {
        DictionaryEntry bill = entry(DOCUMENT_NAMES, "Счёт на оплату");
        List<DictionaryEntry> entries = service.retire(ADMIN, DOCUMENT_NAMES, bill);

        assertThat(entries).contains(new DictionaryEntry("Счёт на оплату", 2, false));
        assertThat(service.activeDocumentNames()).containsExactly("Технические условия");
        assertThat(audit.last().action()).isEqualTo("Вывод из употребления");

        service.restore(ADMIN, DOCUMENT_NAMES, entry(DOCUMENT_NAMES, "Счёт на оплату"));
        assertThat(service.activeDocumentNames()).containsExactly("Технические условия", "Счёт на оплату");
        assertThat(audit.last().action()).isEqualTo("Возврат в употребление");
    }

    @Test
    void reordersWhenTheListStillMatchesAndRefusesWhenItDoesNot() {
        List<DictionaryEntry> entries = service.reorder(ADMIN, DOCUMENT_NAMES, List.of("Счёт на оплату", "Технические условия"));
        assertThat(entries).extracting(DictionaryEntry::name).containsExactly("Счёт на оплату", "Технические условия");
        assertThat(audit.last().after()).isEqualTo("Счёт на оплату; Технические условия");

        store.add(DOCUMENT_NAMES, "Акт");
        assertThatThrownBy(() -> service.reorder(ADMIN, DOCUMENT_NAMES, List.of("Технические условия", "Счёт на оплату")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(service.activeDocumentNames()).containsExactly("Счёт на оплату", "Технические условия", "Акт");
    }

    @Test
    void promotesAStatusClerksTyped() {
        assertThat(service.freeTextStatuses(ADMIN)).containsExactly(new StatusCount("Ждём оплату", 2));

        List<DictionaryEntry> entries = service.promote(ADMIN, "Ждём оплату");

        assertThat(entries).last().isEqualTo(new DictionaryEntry("Ждём оплату", 3, true));
        assertThat(service.freeTextStatuses(ADMIN)).isEmpty();
        assertThat(audit.last().action()).isEqualTo("Перенос введённого статуса в справочник");
        assertThatThrownBy(() -> service.promote(ADMIN, "Ждём оплату")).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void onlyAnAdministratorChangesOrListsDictionaries() {
        DictionaryEntry status = entry(CASE_STATUSES, "Подготовка оферты договора");
        List<Consumer<Operator>> actions = new ArrayList<>(List.of(
                actor -> service.entries(actor, CASE_STATUSES),
                actor -> service.freeTextStatuses(actor),
                actor -> service.add(actor, CASE_STATUSES, "Новый"),
                actor -> service.rename(actor, CASE_STATUSES, status, "Другой"),
                actor -> service.retire(actor, CASE_STATUSES, status),
                actor -> service.restore(actor, CASE_STATUSES, status),
                actor -> service.reorder(actor, CASE_STATUSES, List.of()),
                actor -> service.promote(actor, "Ждём оплату")));
        for (Operator actor : Operators.NOT_ALLOWED) {
            for (Consumer<Operator> action : actions) {
                assertThatThrownBy(() -> action.accept(actor)).isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("управление операторами");
            }
        }
        assertThat(audit.entries()).isEmpty();
        assertThat(store.entries(CASE_STATUSES)).hasSize(2);
    }

    @Test
    void clerksReadTheOfferedDocumentNamesWithoutAPermission() {
        assertThat(service.activeDocumentNames()).containsExactly("Технические условия", "Счёт на оплату");
    }

    private DictionaryEntry entry(Dictionary dictionary, String name) {
        return store.entries(dictionary).stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }
}

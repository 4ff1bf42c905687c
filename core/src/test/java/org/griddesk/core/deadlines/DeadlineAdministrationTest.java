package org.griddesk.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.testing.InMemoryDeadlines;
import org.junit.jupiter.api.Test;

class DeadlineAdministrationTest {
    private final Operator admin = new Operator(1, "admin", "Админ", Set.of(Role.ADMIN), false, true, false);
    private final DeadlineRule seeded = new DeadlineRule(1, RequestKind.GRID_CONNECTION, DeadlineStage.CONTRACT_DOCUMENTS,
            null, CapacityBand.UP_TO_15, null, null, 10, TermUnit.WORKING_DAYS, "п. 15", true, 0);
    private final InMemoryDeadlines tables = new InMemoryDeadlines().withRule(seeded);
    private final List<String> audited = new ArrayList<>();
    private final DeadlineAdministration administration = new DeadlineAdministration(tables, tables,
            (actor, action, subject, before, after) -> audited.add(action + " | " + subject + " | " + before + " -> " + after),
            new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            }, AccessControl.asGiven());

    @Test
    void aConfirmedTermReplacesTheSeededOneAndIsAudited() {
        List<DeadlineRule> rules = administration.updateRule(admin, seeded, 15, TermUnit.WORKING_DAYS, "п. 15, абз. 5", false);
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.term()).isEqualTo(15);
            assertThat(rule.toConfirm()).isFalse();
            assertThat(rule.version()).isEqualTo(1);
        });
        assertThat(audited).containsExactly("Изменение правила сроков | Заявка на технологическое присоединение — "
                + "Направление документов договора (оферта, технические условия), до 15 кВт включительно | "
                + "10 раб. дн. (п. 15), уточнить -> 15 раб. дн. (п. 15, абз. 5)");
        assertThatThrownBy(() -> administration.updateRule(admin, seeded, 12, TermUnit.WORKING_DAYS, "п. 15", false))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void badTermsAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> administration.updateRule(admin, seeded, 0, TermUnit.WORKING_DAYS, "п. 15", false))
                .isInstanceOf(ValidationException.class).hasMessage("Срок должен быть от 1 до 1000");
        assertThatThrownBy(() -> administration.updateRule(admin, seeded, 5, TermUnit.WORKING_DAYS, " ", false))
                .hasMessage("Укажите пункт документа, из которого взят срок");
        assertThat(tables.all()).containsExactly(seeded);
        assertThat(audited).isEmpty();
    }

    @Test
    void calendarDaysAreAddedAndRemovedWithAnAuditRecordEach() {
        administration.saveDay(admin, LocalDate.of(2027, 1, 11), false, "Перенос с 2 января");
        assertThat(administration.calendarDays(admin)).extracting(CalendarDay::date).containsExactly(LocalDate.of(2027, 1, 11));
        assertThat(administration.deleteDay(admin, LocalDate.of(2027, 1, 11))).isEmpty();
        assertThat(audited).containsExactly(
                "Изменение производственного календаря | 11.01.2027 | null -> нерабочий день — Перенос с 2 января",
                "Изменение производственного календаря | 11.01.2027 | особый день -> обычный день недели");
        assertThatThrownBy(() -> administration.saveDay(admin, null, false, "")).hasMessage("Укажите дату");
    }
}

package org.griddesk.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.testing.InMemoryAssignees;
import org.griddesk.core.testing.InMemoryCases;
import org.junit.jupiter.api.Test;

class CaseAssignmentTest {
    private final Operator clerk = new Operator(7, "clerk", "Петрова Анна Сергеевна", Set.of(Role.CLERK), false, true, false);
    private final Operator other = new Operator(8, "clerk2", "Иванов Пётр Ильич", Set.of(Role.CLERK), false, true, false);
    private final Operator supervisor = new Operator(9, "boss", "Сидорова Мария", Set.of(Role.SUPERVISOR), false, true, false);
    private final InMemoryCases cases = new InMemoryCases();
    private final List<String> audited = new ArrayList<>();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final CaseAssignment assignment = new CaseAssignment(cases, new InMemoryAssignees()
            .with(new Assignee(7, clerk.fullName(), true)).with(new Assignee(8, other.fullName(), true))
            .with(new Assignee(10, "Уволенный Сотрудник", false)), direct,
            Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC),
            (actor, action, subject, before, after) -> audited.add(action + ": " + before + " -> " + after),
            AccessControl.asGiven());
    private final long first = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", Instant.EPOCH));
    private final long second = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", Instant.EPOCH));

    @Test
    void aClerkTakesAFreeCaseButNotOneAnotherClerkHas() {
        assignment.take(clerk, first);
        assertThat(cases.state(first).orElseThrow().assigneeId()).isEqualTo(7L);
        assertThat(cases.load(first).orElseThrow().history()).singleElement().satisfies(change -> {
            assertThat(change.what()).isEqualTo("Исполнитель (взято в работу)");
            assertThat(change.after()).isEqualTo(clerk.fullName());
        });
        assignment.take(clerk, first);
        assertThat(cases.load(first).orElseThrow().history()).hasSize(1);
        assertThatThrownBy(() -> assignment.take(other, first)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("уже в работе у: Петрова Анна Сергеевна");
    }

    @Test
    void aSupervisorAssignsManyAtOnceWithTheReasonInEachHistory() {
        assignment.take(clerk, first);
        assignment.assign(supervisor, List.of(first, second), 8L, "Отпуск Петровой");
        assertThat(cases.state(first).orElseThrow().assigneeId()).isEqualTo(8L);
        assertThat(cases.state(second).orElseThrow().assigneeId()).isEqualTo(8L);
        assertThat(cases.load(first).orElseThrow().history().getFirst()).satisfies(change -> {
            assertThat(change.what()).isEqualTo("Исполнитель (Отпуск Петровой)");
            assertThat(change.before()).isEqualTo(clerk.fullName());
            assertThat(change.after()).isEqualTo(other.fullName());
        });
        assertThat(audited).contains("Назначение исполнителя: " + clerk.fullName() + " -> " + other.fullName());
        assignment.assign(supervisor, List.of(second), null, "Вернуть в общую очередь");
        assertThat(cases.state(second).orElseThrow().assigneeId()).isNull();
    }

    @Test
    void badAssignmentsAreRefusedInRussian() {
        assertThatThrownBy(() -> assignment.assign(supervisor, List.of(first), 8L, " "))
                .hasMessage("Укажите причину назначения");
        assertThatThrownBy(() -> assignment.assign(supervisor, List.of(), 8L, "Причина"))
                .hasMessage("Выберите обращения в списке");
        assertThatThrownBy(() -> assignment.assign(supervisor, List.of(first), 10L, "Причина"))
                .hasMessageContaining("нельзя назначать");
        assertThatThrownBy(() -> assignment.assign(clerk, List.of(first), 8L, "Причина"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignment.take(supervisor, first)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.state(first).orElseThrow().assigneeId()).isNull();
        assertThat(assignment.assignees(supervisor)).extracting(Assignee::id).containsExactly(7L, 8L);
    }
}

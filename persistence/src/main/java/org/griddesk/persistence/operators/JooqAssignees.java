package org.griddesk.persistence.operators;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.cases.Assignee;
import org.griddesk.core.cases.Assignees;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.OPERATOR;

/** «Исполнитель» candidates: the operators table is small (staff), so the role check is done on the rows. */
public final class JooqAssignees implements Assignees {
    private final DSLContext dsl;

    public JooqAssignees(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Assignee> assignable() {
        return dsl.selectFrom(OPERATOR).fetch(JooqOperatorRepository::toOperator).stream()
                .map(JooqAssignees::toAssignee).filter(Assignee::assignable)
                .sorted(Comparator.comparing(Assignee::fullName)).toList();
    }

    @Override
    public Optional<Assignee> byId(long operatorId) {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.ID.eq(operatorId)).fetchOptional(JooqOperatorRepository::toOperator)
                .map(JooqAssignees::toAssignee);
    }

    private static Assignee toAssignee(Operator operator) {
        return new Assignee(operator.id(), operator.fullName(),
                operator.enabled() && operator.may(Permission.EDIT_CASES));
    }
}

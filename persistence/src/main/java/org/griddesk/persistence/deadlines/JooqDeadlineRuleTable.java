package org.griddesk.persistence.deadlines;

import java.util.List;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.deadlines.CapacityBand;
import org.griddesk.core.deadlines.DeadlineRule;
import org.griddesk.core.deadlines.DeadlineRuleTable;
import org.griddesk.core.deadlines.DeadlineStage;
import org.griddesk.core.deadlines.RequestKind;
import org.griddesk.core.deadlines.TermUnit;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.DEADLINE_RULE;

public final class JooqDeadlineRuleTable implements DeadlineRuleTable {
    private final DSLContext dsl;

    public JooqDeadlineRuleTable(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DeadlineRule> all() {
        return dsl.selectFrom(DEADLINE_RULE).orderBy(DEADLINE_RULE.ID).fetch(row -> new DeadlineRule(row.getId(),
                RequestKind.valueOf(row.getRequestKind()), DeadlineStage.valueOf(row.getStage()),
                row.getApplicantType() == null ? null : ApplicantType.valueOf(row.getApplicantType()),
                row.getCapacityBand() == null ? null : CapacityBand.valueOf(row.getCapacityBand()),
                row.getVoltageUpTo(), row.getTemporaryConnection(), row.getTerm(), TermUnit.valueOf(row.getUnit()),
                row.getSource(), row.getToConfirm(), row.getVersion()));
    }

    @Override
    public boolean update(DeadlineRule rule) {
        return dsl.update(DEADLINE_RULE)
                .set(DEADLINE_RULE.TERM, rule.term())
                .set(DEADLINE_RULE.UNIT, rule.unit().name())
                .set(DEADLINE_RULE.SOURCE, rule.source())
                .set(DEADLINE_RULE.TO_CONFIRM, rule.toConfirm())
                .set(DEADLINE_RULE.VERSION, DEADLINE_RULE.VERSION.plus(1))
                .where(DEADLINE_RULE.ID.eq(rule.id()).and(DEADLINE_RULE.VERSION.eq(rule.version())))
                .execute() == 1;
    }
}

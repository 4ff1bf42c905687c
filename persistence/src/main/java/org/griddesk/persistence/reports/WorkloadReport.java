package org.griddesk.persistence.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Tables.OPERATOR;

/**
 * Per enabled operator: the cases assigned to them that are still in a working status, and their case history lines
 * in the period (matched by full name, which is what the history keeps), also per working day. Both counts are
 * grouped in their own derived table and joined to the operators, so no operator's cases are counted twice.
 */
final class WorkloadReport {
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Исполнитель"),
            ReportColumn.integer("Обращений в работе"), ReportColumn.integer("Действий за период"),
            ReportColumn.decimal("Действий в день"));

    private final DSLContext dsl;
    private final ReportPeriods periods;

    WorkloadReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A workload report needs at least one working day, got " + workingDays);
        }
        Table<?> open = DSL.select(APPEAL.ASSIGNEE_ID, DSL.count().as("cases"))
                .from(APPEAL)
                .where(APPEAL.ASSIGNEE_ID.isNotNull().and(APPEAL.STATUS.in(CaseStatuses.SEEDED)))
                .groupBy(APPEAL.ASSIGNEE_ID)
                .asTable("open_case");
        Table<?> actions = DSL.select(CASE_HISTORY.OPERATOR_NAME, DSL.count().as("actions"))
                .from(CASE_HISTORY)
                .where(periods.within(CASE_HISTORY.CHANGED_AT, period))
                .groupBy(CASE_HISTORY.OPERATOR_NAME)
                .asTable("operator_action");
        Field<Integer> cases = DSL.coalesce(open.field("cases", Integer.class), DSL.inline(0));
        Field<Integer> done = DSL.coalesce(actions.field("actions", Integer.class), DSL.inline(0));
        Field<BigDecimal> perDay = done.cast(SQLDataType.NUMERIC(18, 6)).div(DSL.inline(workingDays))
                .cast(SQLDataType.NUMERIC(18, 2));
        List<List<Object>> rows = dsl.select(OPERATOR.FULL_NAME, cases, done, perDay)
                .from(OPERATOR)
                .leftJoin(open).on(open.field(APPEAL.ASSIGNEE_ID).eq(OPERATOR.ID))
                .leftJoin(actions).on(actions.field(CASE_HISTORY.OPERATOR_NAME).eq(OPERATOR.FULL_NAME))
                .where(OPERATOR.ENABLED.isTrue().and(cases.gt(0).or(done.gt(0))))
                .orderBy(OPERATOR.FULL_NAME, OPERATOR.ID)
                .fetch(row -> Arrays.<Object>asList(row.value1(), row.value2().longValue(), row.value3().longValue(),
                        row.value4().setScale(2, RoundingMode.HALF_UP)));
        return new ReportTable(COLUMNS, rows);
    }
}

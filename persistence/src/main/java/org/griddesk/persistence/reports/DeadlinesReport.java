package org.griddesk.persistence.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_DEADLINE;
import static org.griddesk.persistence.schema.Tables.OPERATOR;

/**
 * Deadlines per kind and current assignee: stages that ended in the period on time or late (case_deadline), and the
 * cases whose running stage is overdue today or due by this Sunday (appeal.due_on, which is set only while a stage
 * runs). The ended stages and the running ones are one UNION ALL of flags, summed per group.
 */
final class DeadlinesReport {
    private static final String UNASSIGNED = "без исполнителя";
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Вид обращения"), ReportColumn.text("Исполнитель"),
            ReportColumn.integer("В срок"), ReportColumn.integer("С нарушением"),
            ReportColumn.integer("Просрочено сейчас"), ReportColumn.integer("Срок на этой неделе"));

    private final DSLContext dsl;

    DeadlinesReport(DSLContext dsl) {
        this.dsl = dsl;
    }

    ReportTable table(ReportPeriod period, LocalDate today) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Table<?> events = DSL.select(APPEAL.KIND.as("kind"), APPEAL.ASSIGNEE_ID.as("assignee_id"),
                        flag(CASE_DEADLINE.MISSED.isFalse()).as("on_time"), flag(CASE_DEADLINE.MISSED.isTrue()).as("late"),
                        DSL.inline(0).as("overdue"), DSL.inline(0).as("due_this_week"))
                .from(CASE_DEADLINE).join(APPEAL).on(APPEAL.ID.eq(CASE_DEADLINE.APPEAL_ID))
                .where(CASE_DEADLINE.FINISHED_ON.between(period.from(), period.to()))
                .unionAll(DSL.select(APPEAL.KIND, APPEAL.ASSIGNEE_ID, DSL.inline(0), DSL.inline(0),
                                flag(APPEAL.DUE_ON.lt(today)), flag(APPEAL.DUE_ON.ge(today)))
                        .from(APPEAL)
                        .where(APPEAL.DUE_ON.le(sunday)))
                .asTable("deadline_event");
        Field<String> kind = events.field("kind", String.class);
        Field<Long> assignee = events.field("assignee_id", Long.class);
        List<List<Object>> rows = dsl.select(kind, OPERATOR.FULL_NAME,
                        DSL.sum(events.field("on_time", Integer.class)), DSL.sum(events.field("late", Integer.class)),
                        DSL.sum(events.field("overdue", Integer.class)),
                        DSL.sum(events.field("due_this_week", Integer.class)))
                .from(events)
                .leftJoin(OPERATOR).on(OPERATOR.ID.eq(assignee))
                .groupBy(kind, assignee, OPERATOR.FULL_NAME)
                .orderBy(kind, OPERATOR.FULL_NAME.asc().nullsLast(), assignee)
                .fetch(row -> Arrays.<Object>asList(CaseKind.valueOf(row.value1()).title(),
                        row.value2() == null ? UNASSIGNED : row.value2(), row.value3().longValue(),
                        row.value4().longValue(), row.value5().longValue(), row.value6().longValue()));
        return new ReportTable(COLUMNS, rows);
    }

    private static Field<Integer> flag(Condition condition) {
        return DSL.when(condition, DSL.inline(1)).otherwise(DSL.inline(0));
    }
}

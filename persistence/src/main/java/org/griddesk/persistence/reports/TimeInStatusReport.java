package org.griddesk.persistence.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
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
import static org.griddesk.persistence.schema.Tables.CASE_STATUS;

/**
 * How long cases stay in each status. Every status change leaves the «before» status; the case entered it at its
 * previous status change (LAG over the case's status lines) or, for the first one, when the case arrived. Only
 * leavings in the period count; the median of the hours is PERCENTILE_CONT(0.5), which H2 and PostgreSQL both have.
 * Statuses come in the dictionary's order, retired ones last.
 */
final class TimeInStatusReport {
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Статус"),
            ReportColumn.integer("Переходов из статуса"), ReportColumn.decimal("Медиана, ч"));

    private final DSLContext dsl;
    private final ReportPeriods periods;

    TimeInStatusReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period) {
        // The window runs over all status lines of the cases that left a status in the period, so that a leaving
        // finds the line before it even when that line is older than the period.
        Table<?> lines = DSL.select(CASE_HISTORY.APPEAL_ID, CASE_HISTORY.CHANGED_AT, CASE_HISTORY.BEFORE_VALUE,
                        DSL.lag(CASE_HISTORY.CHANGED_AT).over(DSL.partitionBy(CASE_HISTORY.APPEAL_ID)
                                .orderBy(CASE_HISTORY.CHANGED_AT, CASE_HISTORY.ID)).as("entered_at"))
                .from(CASE_HISTORY)
                .where(StatusLines.statusChange().and(CASE_HISTORY.APPEAL_ID.in(DSL.select(CASE_HISTORY.APPEAL_ID)
                        .from(CASE_HISTORY)
                        .where(StatusLines.statusChange().and(periods.within(CASE_HISTORY.CHANGED_AT, period))))))
                .asTable("status_line");
        Field<String> status = lines.field(CASE_HISTORY.BEFORE_VALUE);
        Field<OffsetDateTime> left = lines.field(CASE_HISTORY.CHANGED_AT);
        Field<OffsetDateTime> entered = DSL.coalesce(lines.field("entered_at", OffsetDateTime.class), APPEAL.CREATED_AT);
        Field<BigDecimal> hours = epochSeconds(left).minus(epochSeconds(entered)).div(DSL.inline(3600));
        Field<BigDecimal> median = DSL.percentileCont(new BigDecimal("0.5")).withinGroupOrderBy(hours)
                .cast(SQLDataType.NUMERIC(18, 2));
        List<List<Object>> rows = dsl.select(status, DSL.count(), median)
                .from(lines)
                .join(APPEAL).on(APPEAL.ID.eq(lines.field(CASE_HISTORY.APPEAL_ID)))
                .leftJoin(CASE_STATUS).on(CASE_STATUS.NAME.eq(status))
                .where(status.isNotNull().and(periods.within(left, period)))
                .groupBy(status, CASE_STATUS.POSITION)
                .orderBy(CASE_STATUS.POSITION.asc().nullsLast(), status)
                .fetch(row -> Arrays.<Object>asList(row.value1(), row.value2().longValue(),
                        row.value3().setScale(2, RoundingMode.HALF_UP)));
        return new ReportTable(COLUMNS, rows);
    }

    /** Seconds since 1970 as NUMERIC: EXTRACT(EPOCH FROM …) means the same on H2 and PostgreSQL for TIMESTAMPTZ. */
    private static Field<BigDecimal> epochSeconds(Field<OffsetDateTime> at) {
        return DSL.field("extract(epoch from {0})", SQLDataType.NUMERIC, at);
    }
}

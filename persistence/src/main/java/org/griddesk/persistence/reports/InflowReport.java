package org.griddesk.persistence.reports;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.Side;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * Cases received, answered and closed per bucket and kind. The three kinds of event are one UNION ALL of
 * (kind, at, received, answered, closed) flags, joined to the period's buckets and summed there: one statement,
 * one pass, whatever the granularity. A case is answered when its first organisation-side timeline item is added.
 */
final class InflowReport {
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.date("Период"), ReportColumn.text("Вид обращения"),
            ReportColumn.integer("Поступило"), ReportColumn.integer("Отвечено"), ReportColumn.integer("Закрыто"));

    private final DSLContext dsl;
    private final ReportPeriods periods;

    InflowReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period) {
        Table<?> events = events(period).asTable("event");
        Field<String> kind = events.field("kind", String.class);
        ReportPeriods.Buckets buckets = periods.buckets(period);
        List<List<Object>> rows = dsl.select(buckets.label(), kind, DSL.sum(events.field("received", Integer.class)),
                        DSL.sum(events.field("answered", Integer.class)), DSL.sum(events.field("closed", Integer.class)))
                .from(events)
                .join(buckets.table()).on(buckets.contain(events.field("at", OffsetDateTime.class)))
                .groupBy(buckets.label(), kind)
                .orderBy(buckets.label(), kind)
                .fetch(row -> Arrays.<Object>asList(row.value1(), CaseKind.valueOf(row.value2()).title(),
                        row.value3().longValue(), row.value4().longValue(), row.value5().longValue()));
        return new ReportTable(COLUMNS, rows);
    }

    private Select<Record5<String, OffsetDateTime, Integer, Integer, Integer>> events(ReportPeriod period) {
        Field<OffsetDateTime> firstReply = DSL.min(TIMELINE_ITEM.CREATED_AT);
        return DSL.select(APPEAL.KIND.as("kind"), APPEAL.CREATED_AT.as("at"), DSL.inline(1).as("received"),
                        DSL.inline(0).as("answered"), DSL.inline(0).as("closed"))
                .from(APPEAL)
                .where(periods.within(APPEAL.CREATED_AT, period))
                .unionAll(DSL.select(APPEAL.KIND, firstReply, DSL.inline(0), DSL.inline(1), DSL.inline(0))
                        .from(TIMELINE_ITEM).join(APPEAL).on(APPEAL.ID.eq(TIMELINE_ITEM.APPEAL_ID))
                        .where(TIMELINE_ITEM.SIDE.eq(Side.ORGANISATION.name()))
                        .groupBy(APPEAL.ID, APPEAL.KIND)
                        .having(periods.within(firstReply, period)))
                .unionAll(DSL.select(APPEAL.KIND, CASE_HISTORY.CHANGED_AT, DSL.inline(0), DSL.inline(0), DSL.inline(1))
                        .from(CASE_HISTORY).join(APPEAL).on(APPEAL.ID.eq(CASE_HISTORY.APPEAL_ID))
                        .where(StatusLines.closing().and(periods.within(CASE_HISTORY.CHANGED_AT, period))));
    }
}

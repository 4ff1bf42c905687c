package org.griddesk.persistence.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Report days are the organisation's days, whatever zone the database or the workstation runs in: the bounds are
 * worked out here, in Java, and the SQL only compares timestamps with them — the same statement on H2 and PostgreSQL.
 */
final class ReportPeriods {
    private final ZoneId zone;

    ReportPeriods(ZoneId zone) {
        this.zone = zone;
    }

    /** {@code at} falls on one of the period's days. */
    Condition within(Field<OffsetDateTime> at, ReportPeriod period) {
        return at.ge(startOf(period.from())).and(at.lt(startOf(period.to().plusDays(1))));
    }

    OffsetDateTime startOf(LocalDate day) {
        return Timestamps.toColumn(day.atStartOfDay(zone).toInstant());
    }

    /** The organisation's day of a timestamp column's value. */
    LocalDate day(OffsetDateTime at) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), zone);
    }

    /**
     * The period cut into days, weeks (from Monday) or months, as a VALUES table of (bucket_start, starts, ends). A
     * bucket the period begins or ends inside is cut to the period, and then starts on the period's first day.
     */
    Buckets buckets(ReportPeriod period) {
        List<Row3<LocalDate, OffsetDateTime, OffsetDateTime>> rows = new ArrayList<>();
        LocalDate end = period.to().plusDays(1);
        for (LocalDate day = period.from(); day.isBefore(end); ) {
            LocalDate next = switch (period.granularity()) {
                case DAY -> day.plusDays(1);
                case WEEK -> day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1).plusMonths(1);
            };
            LocalDate until = next.isBefore(end) ? next : end;
            rows.add(DSL.row(DSL.inline(day), DSL.inline(startOf(day)), DSL.inline(startOf(until))));
            day = next;
        }
        @SuppressWarnings("unchecked")
        Row3<LocalDate, OffsetDateTime, OffsetDateTime>[] values = rows.toArray(Row3[]::new);
        Table<Record3<LocalDate, OffsetDateTime, OffsetDateTime>> table = DSL.values(values)
                .as("bucket", "bucket_start", "starts", "ends");
        return new Buckets(table, table.field("bucket_start", LocalDate.class),
                table.field("starts", OffsetDateTime.class), table.field("ends", OffsetDateTime.class));
    }

    /** The rows of a report over time: {@code label} is the bucket's first day. */
    record Buckets(Table<?> table, Field<LocalDate> label, Field<OffsetDateTime> starts, Field<OffsetDateTime> ends) {
        Condition contain(Field<OffsetDateTime> at) {
            return at.ge(starts).and(at.lt(ends));
        }
    }
}

package org.griddesk.persistence.cases;

import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.OPERATOR;

/**
 * One page of the queue: continued from the neighbouring page's edge row when there is one (keyset), else by
 * position; a far position first takes the page's case ids from the case table alone, then the rows of just those
 * cases with their applicants, so skipped rows never cost an applicant look-up.
 */
final class QueuePages {
    private static final int DEFERRED_JOIN_FROM = 1_000;
    /** due_key of a case with no running deadline (V16): such cases sort last. */
    static final java.time.LocalDate NO_DUE_DATE = java.time.LocalDate.of(9999, 12, 31);

    private QueuePages() {
    }

    private static TableLike<?> sortSource(CaseQuery query) {
        return switch (query.sortBy()) {
            case APPLICANT -> APPEAL.join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID));
            case ASSIGNEE -> APPEAL.leftJoin(OPERATOR).on(OPERATOR.ID.eq(APPEAL.ASSIGNEE_ID));
            default -> APPEAL;
        };
    }

    static List<CaseSummary> fetch(DSLContext dsl, CaseQuery query, Condition filter) {
        CaseQuery.PageAnchor anchor = seekable(query) ? query.anchor() : null;
        // A page before an anchor is read backwards from it, then turned round.
        boolean backwards = anchor != null && !anchor.forward();
        boolean ascending = query.ascending() != backwards;
        List<SortField<?>> order = order(query.sortBy(), ascending);
        Condition where = anchor == null ? filter : filter.and(notBefore(query.sortBy(), anchor.row(), ascending));
        var columns = columns(dsl);
        org.jooq.ResultQuery<org.jooq.Record> page;
        boolean postgres = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
        if (postgres && (anchor != null || query.offset() < DEFERRED_JOIN_FROM)) {
            var joined = columns.from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                    .leftJoin(OPERATOR).on(OPERATOR.ID.eq(APPEAL.ASSIGNEE_ID)).where(where).orderBy(order);
            page = anchor != null ? joined.seek(seekValues(query.sortBy(), anchor.row())).limit(query.limit())
                    : joined.offset(query.offset()).limit(query.limit());
        } else {
            // The page's ids from the case table alone, then their rows: a far page skips index entries, not joined
            // rows; and H2, which otherwise starts a join from the applicants, walks the case table's sorted index.
            var sorted = dsl.select(APPEAL.ID).from(sortSource(query)).where(where).orderBy(order);
            var ids = (anchor != null ? sorted.seek(seekValues(query.sortBy(), anchor.row())).limit(query.limit())
                    : sorted.offset(query.offset()).limit(query.limit())).asTable("page");
            page = columns.from(ids).join(APPEAL).on(APPEAL.ID.eq(ids.field(APPEAL.ID)))
                    .join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                    .leftJoin(OPERATOR).on(OPERATOR.ID.eq(APPEAL.ASSIGNEE_ID)).orderBy(order);
        }
        List<CaseSummary> rows = new ArrayList<>(page.fetch(QueuePages::summary));
        return backwards ? rows.reversed() : rows;
    }

    /** Every row of the filter in the query's order, from a cursor that fetches a thousand at a time. */
    static void stream(DSLContext dsl, CaseQuery query, Condition filter, java.util.function.Consumer<CaseSummary> sink) {
        try (var cursor = columns(dsl).from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .leftJoin(OPERATOR).on(OPERATOR.ID.eq(APPEAL.ASSIGNEE_ID)).where(filter)
                .orderBy(order(query.sortBy(), query.ascending())).fetchSize(1_000).fetchLazy()) {
            for (org.jooq.Record row : cursor) {
                sink.accept(summary(row));
            }
        }
    }

    private static org.jooq.SelectSelectStep<org.jooq.Record> columns(DSLContext dsl) {
        return dsl.select(List.of(APPEAL.ID, APPEAL.REGISTRATION_NUMBER, APPEAL.KIND, APPEAL.TITLE, APPLICANT.TYPE,
                APPLICANT.DISPLAY_NAME, APPEAL.STATUS, APPEAL.CREATED_AT, APPEAL.UPDATED_AT, APPEAL.DUE_ON,
                APPEAL.DEADLINE_PAUSED, APPEAL.DEADLINE_MISSED, OPERATOR.FULL_NAME));
    }

    private static CaseSummary summary(org.jooq.Record row) {
        return new CaseSummary(row.get(APPEAL.ID), row.get(APPEAL.REGISTRATION_NUMBER), CaseKind.valueOf(row.get(APPEAL.KIND)),
                row.get(APPEAL.TITLE), ApplicantType.valueOf(row.get(APPLICANT.TYPE)), row.get(APPLICANT.DISPLAY_NAME),
                row.get(APPEAL.STATUS), Timestamps.fromColumn(row.get(APPEAL.CREATED_AT)),
                Timestamps.fromColumn(row.get(APPEAL.UPDATED_AT)), row.get(APPEAL.DUE_ON), row.get(APPEAL.DEADLINE_PAUSED),
                row.get(APPEAL.DEADLINE_MISSED), row.get(OPERATOR.FULL_NAME));
    }

    /**
     * Registration numbers sort by length with empty ones last, cases without «Исполнитель» have no name: no single
     * row value to continue from, so OFFSET.
     */
    private static boolean seekable(CaseQuery query) {
        return query.anchor() != null && query.sortBy() != CaseSortColumn.REGISTRATION_NUMBER
                && query.sortBy() != CaseSortColumn.ASSIGNEE;
    }

    /** Registration numbers sort as numbers where they are numbers: by length first. Ties by id keep pages stable. */
    private static List<SortField<?>> order(CaseSortColumn column, boolean ascending) {
        List<SortField<?>> fields = new ArrayList<>();
        if (column == CaseSortColumn.REGISTRATION_NUMBER) {
            fields.add(sorted(DSL.length(APPEAL.REGISTRATION_NUMBER), ascending).nullsLast());
        }
        fields.add(column == CaseSortColumn.ASSIGNEE ? sorted(sortField(column), ascending).nullsLast()
                : sorted(sortField(column), ascending));
        fields.add(sorted(APPEAL.ID, ascending));
        return fields;
    }

    private static Field<?> sortField(CaseSortColumn column) {
        return switch (column) {
            case REGISTRATION_NUMBER -> APPEAL.REGISTRATION_NUMBER;
            case KIND -> APPEAL.KIND;
            case TITLE -> APPEAL.TITLE;
            case APPLICANT -> APPLICANT.DISPLAY_NAME;
            case STATUS -> APPEAL.STATUS;
            case CREATED -> APPEAL.CREATED_AT;
            case UPDATED -> APPEAL.UPDATED_AT;
            case DUE -> APPEAL.DUE_KEY;
            case ASSIGNEE -> OPERATOR.FULL_NAME;
        };
    }

    private static Object[] seekValues(CaseSortColumn column, CaseSummary row) {
        return new Object[] {sortValue(column, row), row.id()};
    }

    private static Object sortValue(CaseSortColumn column, CaseSummary row) {
        return switch (column) {
            case REGISTRATION_NUMBER -> row.registrationNumber();
            case KIND -> row.kind().name();
            case TITLE -> row.title();
            case APPLICANT -> row.applicantName();
            case STATUS -> row.status();
            case CREATED -> Timestamps.toColumn(row.createdAt());
            case UPDATED -> Timestamps.toColumn(row.updatedAt());
            case DUE -> row.dueOn() == null || row.deadlinePaused() ? NO_DUE_DATE : row.dueOn();
            case ASSIGNEE -> row.assignee();
        };
    }

    /**
     * Implied by the seek condition, stated once more on the sort column alone: databases that cannot range-scan a
     * row-value comparison (H2) still start the index walk at the anchor.
     */
    @SuppressWarnings("unchecked")
    private static Condition notBefore(CaseSortColumn column, CaseSummary row, boolean ascending) {
        Field<Object> field = (Field<Object>) sortField(column);
        Object value = sortValue(column, row);
        return ascending ? field.ge(value) : field.le(value);
    }

    private static <T> SortField<T> sorted(Field<T> field, boolean ascending) {
        return ascending ? field.asc() : field.desc();
    }
}

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

/**
 * One page of the queue: continued from the neighbouring page's edge row when there is one (keyset), else by
 * position; a far position first takes the page's case ids from the case table alone, then the rows of just those
 * cases with their applicants, so skipped rows never cost an applicant look-up.
 */
final class QueuePages {
    private static final int DEFERRED_JOIN_FROM = 1_000;

    private QueuePages() {
    }

    private static TableLike<?> sortSource(CaseQuery query) {
        return query.sortBy() == CaseSortColumn.APPLICANT
                ? APPEAL.join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID)) : APPEAL;
    }

    static List<CaseSummary> fetch(DSLContext dsl, CaseQuery query, Condition filter) {
        CaseQuery.PageAnchor anchor = seekable(query) ? query.anchor() : null;
        // A page before an anchor is read backwards from it, then turned round.
        boolean backwards = anchor != null && !anchor.forward();
        boolean ascending = query.ascending() != backwards;
        List<SortField<?>> order = order(query.sortBy(), ascending);
        Condition where = anchor == null ? filter : filter.and(notBefore(query.sortBy(), anchor.row(), ascending));
        var columns = dsl.select(APPEAL.ID, APPEAL.REGISTRATION_NUMBER, APPEAL.KIND, APPEAL.TITLE, APPLICANT.TYPE,
                APPLICANT.DISPLAY_NAME, APPEAL.STATUS, APPEAL.CREATED_AT, APPEAL.UPDATED_AT);
        org.jooq.ResultQuery<? extends org.jooq.Record9<Long, String, String, String, String, String, String,
                java.time.OffsetDateTime, java.time.OffsetDateTime>> page;
        boolean postgres = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
        if (postgres && (anchor != null || query.offset() < DEFERRED_JOIN_FROM)) {
            var joined = columns.from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID)).where(where).orderBy(order);
            page = anchor != null ? joined.seek(seekValues(query.sortBy(), anchor.row())).limit(query.limit())
                    : joined.offset(query.offset()).limit(query.limit());
        } else {
            // The page's ids from the case table alone, then their rows: a far page skips index entries, not joined
            // rows; and H2, which otherwise starts a join from the applicants, walks the case table's sorted index.
            var sorted = dsl.select(APPEAL.ID).from(sortSource(query)).where(where).orderBy(order);
            var ids = (anchor != null ? sorted.seek(seekValues(query.sortBy(), anchor.row())).limit(query.limit())
                    : sorted.offset(query.offset()).limit(query.limit())).asTable("page");
            page = columns.from(ids).join(APPEAL).on(APPEAL.ID.eq(ids.field(APPEAL.ID)))
                    .join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID)).orderBy(order);
        }
        List<CaseSummary> rows = new ArrayList<>(page.fetch(row -> new CaseSummary(row.value1(), row.value2(),
                CaseKind.valueOf(row.value3()), row.value4(), ApplicantType.valueOf(row.value5()), row.value6(),
                row.value7(), Timestamps.fromColumn(row.value8()), Timestamps.fromColumn(row.value9()))));
        return backwards ? rows.reversed() : rows;
    }

    /** Registration numbers sort by length with empty ones last: no single row value to continue from, so OFFSET. */
    private static boolean seekable(CaseQuery query) {
        return query.anchor() != null && query.sortBy() != CaseSortColumn.REGISTRATION_NUMBER;
    }

    /** Registration numbers sort as numbers where they are numbers: by length first. Ties by id keep pages stable. */
    private static List<SortField<?>> order(CaseSortColumn column, boolean ascending) {
        List<SortField<?>> fields = new ArrayList<>();
        if (column == CaseSortColumn.REGISTRATION_NUMBER) {
            fields.add(sorted(DSL.length(APPEAL.REGISTRATION_NUMBER), ascending).nullsLast());
        }
        fields.add(sorted(sortField(column), ascending));
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

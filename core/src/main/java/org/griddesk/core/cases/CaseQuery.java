package org.griddesk.core.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filter, order and page of the case queue. Empty {@code statuses} means every status; {@code kind},
 * the dates and {@code text} are optional (null). {@code text} is words (any order, «ё» = «е») each found in the
 * registration number, the title or the applicant's name, INN, SNILS, OGRN/OGRNIP, e-mail or phone.
 * {@code offset} is the page's position; with an {@code anchor} (the neighbouring page's edge row) the database
 * continues from that row instead of skipping {@code offset} rows, so «Вперёд» costs the same on page 500 as on page 2.
 * {@code scope} narrows by «Исполнитель» and «Срок».
 */
public record CaseQuery(Set<String> statuses, CaseKind kind, LocalDate createdFrom, LocalDate createdTo, String text,
                        CaseSortColumn sortBy, boolean ascending, int offset, int limit, PageAnchor anchor,
                        CaseScope scope) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The row a page continues from: the last one of the page before (forward) or the first of the page after. */
    public record PageAnchor(CaseSummary row, boolean forward) {
    }

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.trim();
        sortBy = sortBy == null ? CaseSortColumn.UPDATED : sortBy;
        scope = scope == null ? CaseScope.ANY : scope;
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("Bad page: offset " + offset + ", limit " + limit);
        }
    }

    public CaseQuery(Set<String> statuses, CaseKind kind, LocalDate createdFrom, LocalDate createdTo, String text,
                     CaseSortColumn sortBy, boolean ascending, int offset, int limit) {
        this(statuses, kind, createdFrom, createdTo, text, sortBy, ascending, offset, limit, null, CaseScope.ANY);
    }

    public CaseQuery within(CaseScope newScope) {
        return new CaseQuery(statuses, kind, createdFrom, createdTo, text, sortBy, ascending, offset, limit, anchor,
                newScope);
    }

    public static CaseQuery firstPage() {
        return new CaseQuery(Set.of(), null, null, null, null, CaseSortColumn.UPDATED, false, 0, DEFAULT_PAGE_SIZE);
    }

    /**
     * The same filter without the status part, closed cases included: the per-status counters are computed this way,
     * so that «Исполнен» is there to choose.
     */
    public CaseQuery withoutStatuses() {
        CaseScope counted = new CaseScope(scope.assigneeId(), scope.unassigned(), scope.dueFrom(), scope.dueTo(),
                scope.signing(), false);
        return new CaseQuery(Set.of(), kind, createdFrom, createdTo, text, sortBy, ascending, 0, limit, null, counted);
    }

    /** A jump to a page by its position. */
    public CaseQuery page(int newOffset) {
        return new CaseQuery(statuses, kind, createdFrom, createdTo, text, sortBy, ascending, newOffset, limit, null,
                scope);
    }

    /** The page after the one ending with {@code last}. */
    public CaseQuery nextAfter(CaseSummary last) {
        return new CaseQuery(statuses, kind, createdFrom, createdTo, text, sortBy, ascending, offset + limit, limit,
                new PageAnchor(last, true), scope);
    }

    /** The page before the one starting with {@code first}. */
    public CaseQuery previousBefore(CaseSummary first) {
        return new CaseQuery(statuses, kind, createdFrom, createdTo, text, sortBy, ascending,
                Math.max(0, offset - limit), limit, offset - limit <= 0 ? null : new PageAnchor(first, false), scope);
    }

    /** The working queue leaves the closed cases out when no status is chosen and nothing is searched. */
    public boolean leavesClosedOut() {
        return scope.working() && statuses.isEmpty() && text == null;
    }

    /** Whether no filter but statuses and kind applies: the kept per-status counters answer it without counting. */
    public boolean countedByKeptCounters() {
        return text == null && createdFrom == null && createdTo == null && scope.any();
    }
}

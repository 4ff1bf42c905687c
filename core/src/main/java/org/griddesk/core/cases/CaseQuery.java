package org.griddesk.core.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filter, order and page of the case queue. Empty {@code statuses} means every status; {@code kind},
 * the dates and {@code text} are optional (null). {@code text} matches the registration number, the
 * applicant's name, INN, SNILS, OGRN/OGRNIP, e-mail and phone.
 */
public record CaseQuery(Set<String> statuses, CaseKind kind, LocalDate createdFrom, LocalDate createdTo, String text,
                        CaseSortColumn sortBy, boolean ascending, int offset, int limit) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.trim();
        sortBy = sortBy == null ? CaseSortColumn.UPDATED : sortBy;
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("Bad page: offset " + offset + ", limit " + limit);
        }
    }

    public static CaseQuery firstPage() {
        return new CaseQuery(Set.of(), null, null, null, null, CaseSortColumn.UPDATED, false, 0, DEFAULT_PAGE_SIZE);
    }

    /** The same filter without the status part: the per-status counters are computed this way. */
    public CaseQuery withoutStatuses() {
        return new CaseQuery(Set.of(), kind, createdFrom, createdTo, text, sortBy, ascending, 0, limit);
    }

    public CaseQuery page(int newOffset) {
        return new CaseQuery(statuses, kind, createdFrom, createdTo, text, sortBy, ascending, newOffset, limit);
    }
}

package org.griddesk.core.cases;

import java.util.List;

/**
 * One page of the queue, how many rows match in all, and the cases per status for the query's other filters (its
 * status filter ignored; statuses with no case left out) — one call, so a refresh counts once.
 */
public record CasePage(List<CaseSummary> rows, long totalCount, List<StatusCount> counts) {
    public CasePage {
        rows = List.copyOf(rows);
        counts = List.copyOf(counts);
    }
}

package org.griddesk.core.cases;

import java.util.List;

/** One page of the queue and how many rows match in all. */
public record CasePage(List<CaseSummary> rows, long totalCount) {
    public CasePage {
        rows = List.copyOf(rows);
    }
}

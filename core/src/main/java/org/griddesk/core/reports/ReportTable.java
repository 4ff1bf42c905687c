package org.griddesk.core.reports;

import java.util.List;

/** A report's aggregated rows as the database computed them: few enough to show on screen. */
public record ReportTable(List<ReportColumn> columns, List<List<Object>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

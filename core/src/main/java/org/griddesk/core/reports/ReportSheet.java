package org.griddesk.core.reports;

import java.util.List;

/**
 * Everything an export writes around the rows: the title, a line naming the period and filters, the columns and,
 * when the report has one, the chart.
 */
public record ReportSheet(String title, String description, List<ReportColumn> columns, ReportChart chart) {
    public ReportSheet {
        columns = List.copyOf(columns);
    }
}

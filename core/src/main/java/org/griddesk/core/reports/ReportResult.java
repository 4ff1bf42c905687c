package org.griddesk.core.reports;

/** A report as the screen shows it: the sheet (title, period, columns, chart) and its rows. */
public record ReportResult(ReportKind kind, ReportSheet sheet, ReportTable table) {
}

package org.griddesk.core.reports;

/** A column of a report table: its Russian heading and the type of its cells. */
public record ReportColumn(String title, ColumnType type) {
    public static ReportColumn text(String title) {
        return new ReportColumn(title, ColumnType.TEXT);
    }

    public static ReportColumn integer(String title) {
        return new ReportColumn(title, ColumnType.INTEGER);
    }

    public static ReportColumn date(String title) {
        return new ReportColumn(title, ColumnType.DATE);
    }

    public static ReportColumn dateTime(String title) {
        return new ReportColumn(title, ColumnType.DATE_TIME);
    }

    public static ReportColumn decimal(String title) {
        return new ReportColumn(title, ColumnType.DECIMAL);
    }
}

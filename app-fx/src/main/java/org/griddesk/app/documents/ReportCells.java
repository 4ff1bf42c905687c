package org.griddesk.app.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.griddesk.core.reports.ColumnType;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;

/**
 * What the three report exports share, so that they agree: the check of each value against its column's type, the
 * Russian text of a value (as CSV and PDF show it) and the pass over rows that may throw {@link IOException}.
 */
final class ReportCells {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** One step of a pass over rows that writes to a file. */
    @FunctionalInterface
    interface RowAction {
        void accept(List<Object> row) throws IOException;
    }

    private ReportCells() {
    }

    /** The sheet's columns, checked before anything is written: a table without columns cannot be laid out. */
    static List<ReportColumn> columns(ReportSheet sheet) {
        if (sheet.columns().isEmpty()) {
            throw new IllegalArgumentException("A report needs at least one column");
        }
        return sheet.columns();
    }

    /** Hands each row, checked against the columns, to {@code action}; its I/O failure comes out as thrown. */
    static void forEach(List<ReportColumn> columns, ReportRows rows, RowAction action) throws IOException {
        try {
            rows.forEach(row -> {
                try {
                    action.accept(checked(columns, row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<Object> checked(List<ReportColumn> columns, List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("A row has " + row.size() + " values for " + columns.size()
                    + " columns");
        }
        for (int c = 0; c < row.size(); c++) {
            check(columns.get(c), row.get(c));
        }
        return row;
    }

    /** Numbers may be of any {@link Number} class: an integral count in a decimal column is still a number. */
    private static void check(ReportColumn column, Object value) {
        boolean fits = switch (column.type()) {
            case TEXT -> value == null || value instanceof String;
            case INTEGER, DECIMAL -> value == null || value instanceof Number number && finite(number);
            case DATE -> value == null || value instanceof LocalDate;
            case DATE_TIME -> value == null || value instanceof LocalDateTime;
        };
        if (!fits) {
            Object what = value instanceof Number number && !finite(number) ? value : value.getClass().getName();
            throw new IllegalArgumentException("Column '" + column.title() + "' of type " + column.type()
                    + " cannot hold " + what);
        }
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    /** A checked value as a Russian reader sees it: dd.MM.yyyy dates, a decimal comma, two decimals; null is "". */
    static String text(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> (String) value;
            case INTEGER -> value instanceof Long || value instanceof Integer ? value.toString()
                    : decimal(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
            case DECIMAL -> decimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
            case DATE -> DATE.format((LocalDate) value);
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
        };
    }

    private static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
    }
}

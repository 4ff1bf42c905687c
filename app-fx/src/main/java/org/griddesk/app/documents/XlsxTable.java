package org.griddesk.app.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.griddesk.core.reports.ColumnType;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportSheet;

/**
 * The report's rows on worksheets of «Лист N», each laid out alike: the title, the description, the header (frozen,
 * with an autofilter) and the rows. Rows go to the file every few thousand, so a million of them fit in a small heap;
 * fastexcel writes column widths and the frozen pane with a sheet's first flush, so both are set before it, the
 * widths from the header and the first rows.
 */
final class XlsxTable {
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    private static final int FLUSH_EVERY = 4_000;
    private static final int MEASURED_ROWS = 500;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Excel refuses longer text in a cell. */
    private static final int MAX_TEXT = 32_767;

    private final Workbook workbook;
    private final ReportSheet sheet;
    private final List<ReportColumn> columns;
    private final String[] formats;
    private final int[] widths;
    private final int rowsPerSheet;
    private Worksheet worksheet;
    private int sheets;
    private int row;
    private int unstyledFrom;
    private boolean flushed;
    private int measured;

    XlsxTable(Workbook workbook, ReportSheet sheet, int rowsPerSheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = sheet.columns();
        this.rowsPerSheet = rowsPerSheet;
        formats = columns.stream().map(column -> format(column.type())).toArray(String[]::new);
        widths = columns.stream().mapToInt(column -> column.title().length() + 3).toArray();
        startSheet();
    }

    /** Excel's own number formats: the cells stay numbers and dates that sort, filter and sum. */
    private static String format(ColumnType type) {
        return switch (type) {
            case TEXT -> null;
            case INTEGER -> "0";
            case DECIMAL -> "0.00";
            case DATE -> "dd.mm.yyyy";
            case DATE_TIME -> "dd.mm.yyyy hh:mm";
        };
    }

    void add(List<Object> values) throws IOException {
        if (row - FIRST_DATA_ROW == rowsPerSheet) {
            finishSheet();
            startSheet();
        }
        if (measured < MEASURED_ROWS) {
            measured++;
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], ReportCells.text(columns.get(c).type(), values.get(c)).length() + 1);
            }
        }
        for (int c = 0; c < formats.length; c++) {
            put(c, values.get(c));
        }
        row++;
        if ((row - FIRST_DATA_ROW) % FLUSH_EVERY == 0) {
            flush();
        }
    }

    private void put(int c, Object value) {
        switch (value) {
            case null -> { }
            case String text -> worksheet.inlineString(row, c, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT)
                    : text);
            case Number number -> worksheet.value(row, c, number);
            case LocalDate date -> worksheet.value(row, c, date);
            case LocalDateTime time -> worksheet.value(row, c, time);
            default -> throw new IllegalStateException("Unchecked value in column " + c);
        }
    }

    void finish() throws IOException {
        finishSheet();
    }

    private void startSheet() {
        worksheet = workbook.newWorksheet("Лист " + ++sheets);
        worksheet.inlineString(0, 0, sheet.title());
        worksheet.style(0, 0).bold().fontSize(14).set();
        worksheet.inlineString(1, 0, sheet.description());
        for (int c = 0; c < columns.size(); c++) {
            worksheet.inlineString(HEADER_ROW, c, columns.get(c).title());
        }
        worksheet.range(HEADER_ROW, 0, HEADER_ROW, columns.size() - 1).style().bold().set();
        worksheet.freezePane(0, FIRST_DATA_ROW);
        row = FIRST_DATA_ROW;
        unstyledFrom = row;
        flushed = false;
    }

    /** Formats go on a column's run of rows at once: one style look-up per run, not per cell. */
    private void flush() throws IOException {
        if (row > unstyledFrom) {
            for (int c = 0; c < formats.length; c++) {
                if (formats[c] != null) {
                    worksheet.range(unstyledFrom, c, row - 1, c).style().format(formats[c]).set();
                }
            }
            unstyledFrom = row;
        }
        if (!flushed) {
            for (int c = 0; c < widths.length; c++) {
                worksheet.width(c, Math.clamp(widths[c], MIN_WIDTH, MAX_WIDTH));
            }
            flushed = true;
        }
        worksheet.flush();
    }

    private void finishSheet() throws IOException {
        flush();
        worksheet.setAutoFilter(HEADER_ROW, 0, Math.max(HEADER_ROW, row - 1), columns.size() - 1);
        worksheet.finish();
    }
}

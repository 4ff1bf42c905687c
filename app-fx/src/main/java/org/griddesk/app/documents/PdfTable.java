package org.griddesk.app.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.griddesk.core.reports.ColumnType;
import org.griddesk.core.reports.ReportColumn;

/**
 * The report's table across as many pages as it takes, its header again on each. Column widths share the page in
 * proportion to what the header and the first rows need, so the first rows wait until those are known; past the
 * limit the rows are only counted, and a last line says how many there were.
 */
final class PdfTable {
    private static final int MEASURED_ROWS = 100;
    private static final float SIZE = 8;
    private static final float ROW = 14;
    private static final float PAD = 3;
    private static final float MIN_WIDTH = 36;

    private final PdfPages pages;
    private final List<ReportColumn> columns;
    private final int limit;
    private final List<List<Object>> waiting = new ArrayList<>();
    private float[] widths;
    private long rows;
    private long drawn;

    PdfTable(PdfPages pages, List<ReportColumn> columns, int limit) {
        this.pages = pages;
        this.columns = columns;
        this.limit = limit;
    }

    void add(List<Object> row) throws IOException {
        rows++;
        if (rows > limit) {
            return;
        }
        if (widths != null) {
            draw(row);
            return;
        }
        waiting.add(new ArrayList<>(row));
        if (waiting.size() == MEASURED_ROWS) {
            start();
        }
    }

    void finish() throws IOException {
        if (widths == null) {
            start();
        }
        if (rows > limit) {
            if (!pages.fits(ROW + 4)) {
                pages.newPage();
            }
            pages.down(ROW + 4);
            pages.text("… показаны первые " + grouped(limit) + " строк из " + grouped(rows), pages.left(),
                    pages.y() + 4, 9);
        }
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    }

    private void start() throws IOException {
        widths = widths();
        if (!pages.fits(ROW * 4)) {
            pages.newPage();
        }
        header();
        for (List<Object> row : waiting) {
            draw(row);
        }
        waiting.clear();
    }

    private float[] widths() throws IOException {
        float[] wanted = new float[columns.size()];
        float total = 0;
        for (int c = 0; c < wanted.length; c++) {
            float widest = pages.width(pages.fit(columns.get(c).title(), pages.width(), SIZE), SIZE);
            for (List<Object> row : waiting) {
                String text = pages.fit(ReportCells.text(columns.get(c).type(), row.get(c)), pages.width() / 3, SIZE);
                widest = Math.max(widest, pages.width(text, SIZE));
            }
            wanted[c] = Math.max(MIN_WIDTH, widest + 2 * PAD);
            total += wanted[c];
        }
        for (int c = 0; c < wanted.length; c++) {
            wanted[c] = wanted[c] * pages.width() / total;
        }
        return wanted;
    }

    private void header() throws IOException {
        PDPageContentStream content = pages.content();
        content.setNonStrokingColor(0.85f, 0.89f, 0.95f);
        content.addRect(pages.left(), pages.y() - ROW, pages.width(), ROW);
        content.fill();
        content.setNonStrokingColor(0f);
        float x = pages.left();
        for (int c = 0; c < widths.length; c++) {
            cell(columns.get(c).title(), columns.get(c).type(), x, widths[c]);
            x += widths[c];
        }
        pages.down(ROW);
    }

    private void draw(List<Object> row) throws IOException {
        if (!pages.fits(ROW)) {
            pages.newPage();
            header();
        }
        if (++drawn % 2 == 0) {
            PDPageContentStream content = pages.content();
            content.setNonStrokingColor(0.95f);
            content.addRect(pages.left(), pages.y() - ROW, pages.width(), ROW);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        float x = pages.left();
        for (int c = 0; c < widths.length; c++) {
            cell(ReportCells.text(columns.get(c).type(), row.get(c)), columns.get(c).type(), x, widths[c]);
            x += widths[c];
        }
        pages.down(ROW);
    }

    private void cell(String text, ColumnType type, float x, float width) throws IOException {
        String shown = pages.fit(text, width - 2 * PAD, SIZE);
        float baseline = pages.y() - ROW + 4;
        if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
            pages.textRight(shown, x + width - PAD, baseline, SIZE);
        } else {
            pages.text(shown, x + PAD, baseline, SIZE);
        }
    }
}

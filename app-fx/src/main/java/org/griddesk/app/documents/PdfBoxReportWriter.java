package org.griddesk.app.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.ReportChart;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.griddesk.core.reports.ReportWriter;

/**
 * Reports as landscape A4 PDF with PDFBox: the title, the description, the chart drawn as bars, then the table. The
 * font is Liberation Sans from inside PDFBox, so Cyrillic needs no system font. Pages are kept in a temporary file
 * rather than in memory, and a PDF shows at most {@link #LIMIT} rows: nobody reads more on paper, and the file stays
 * printable.
 */
public final class PdfBoxReportWriter implements ReportWriter {
    static final int LIMIT = 20_000;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("XSUB");

    private final int limit;

    public PdfBoxReportWriter() {
        this(LIMIT);
    }

    /** A lower limit lets tests reach it without writing thousands of rows. */
    PdfBoxReportWriter(int limit) {
        this.limit = limit;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(ReportSheet sheet, ReportRows rows, OutputStream out) throws IOException {
        List<ReportColumn> columns = ReportCells.columns(sheet);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            try (PdfPages pages = new PdfPages(document, font(document))) {
                heading(pages, sheet);
                ReportChart chart = sheet.chart();
                if (chart != null && !chart.categories().isEmpty() && !chart.series().isEmpty()) {
                    if (!pages.fits(PdfBarChart.HEIGHT)) {
                        pages.newPage();
                    }
                    PdfBarChart.draw(pages, chart);
                    pages.down(12);
                }
                PdfTable table = new PdfTable(pages, columns, limit);
                ReportCells.forEach(columns, rows, table::add);
                table.finish();
            }
            document.save(out);
        }
    }

    /**
     * Liberation Sans without its GSUB table. PDFBox 3 runs every shown string through that table's ligature rules
     * with regular expressions, which took nine tenths of the time of a long table; cells need no ligatures. Renaming
     * the table's tag in the font's table directory makes PDFBox skip it as an unknown table.
     */
    private static PDFont font(PDDocument document) throws IOException {
        byte[] font;
        try (InputStream in = PdfBoxReportWriter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox font resource missing: " + FONT);
            }
            font = in.readAllBytes();
        }
        ByteBuffer directory = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(directory.getShort(4));
        for (int record = 12; record < 12 + 16 * tables; record += 16) {
            if (directory.getInt(record) == GSUB) {
                directory.putInt(record, HIDDEN_GSUB);
            }
        }
        return PDType0Font.load(document, new ByteArrayInputStream(font));
    }

    private static void heading(PdfPages pages, ReportSheet sheet) throws IOException {
        for (String line : pages.wrap(sheet.title(), pages.width(), 16)) {
            line(pages, line, 16, 20);
        }
        if (sheet.description() != null && !sheet.description().isBlank()) {
            for (String line : pages.wrap(sheet.description(), pages.width(), 10)) {
                line(pages, line, 10, 14);
            }
        }
        pages.down(12);
    }

    private static void line(PdfPages pages, String line, float size, float leading) throws IOException {
        if (!pages.fits(leading)) {
            pages.newPage();
        }
        pages.down(leading);
        pages.text(line, pages.left(), pages.y() + leading - size, size);
    }
}

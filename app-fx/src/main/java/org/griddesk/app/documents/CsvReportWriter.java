package org.griddesk.app.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.griddesk.core.reports.ReportWriter;

/**
 * Reports as CSV for Russian Excel with Apache Commons CSV: UTF-8 with a BOM, semicolons, dd.MM.yyyy dates and
 * decimal commas. Only the header and the rows, so that the file reads back as a table; rows are written as they
 * come.
 */
public final class CsvReportWriter implements ReportWriter {
    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(ReportSheet sheet, ReportRows rows, OutputStream out) throws IOException {
        List<ReportColumn> columns = ReportCells.columns(sheet);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader(columns.stream().map(ReportColumn::title).toArray(String[]::new)).get();
        // Not closed: that would close the caller's stream.
        CSVPrinter printer = new CSVPrinter(writer, format);
        String[] cells = new String[columns.size()];
        ReportCells.forEach(columns, rows, row -> {
            for (int c = 0; c < cells.length; c++) {
                cells[c] = ReportCells.text(columns.get(c).type(), row.get(c));
            }
            printer.printRecord((Object[]) cells);
        });
        printer.flush();
    }
}

package org.griddesk.app.documents;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.griddesk.core.reports.CsvTables;

/** CSV for Excel with Apache Commons CSV: semicolons and a BOM, as Russian Excel expects. */
public final class CommonsCsvWriter implements CsvTables {
    @Override
    public void write(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}

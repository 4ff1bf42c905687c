package org.griddesk.app.admin;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.griddesk.core.audit.AuditRecord;

/** The audit trail as CSV for Excel: semicolons and a BOM, as Russian Excel expects, with the chain's hashes. */
final class AuditCsv {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    private AuditCsv() {
    }

    static void write(List<AuditRecord> records, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader("№", "Когда", "Кто", "Действие", "Объект", "Было", "Стало", "Хэш предыдущей", "Хэш").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditRecord record : records) {
                printer.printRecord(record.seq(), WHEN.format(record.at()), record.actor(), record.action(),
                        record.subject(), record.before(), record.after(), record.previousHash(), record.hash());
            }
        }
    }
}

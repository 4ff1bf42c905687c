package org.griddesk.app.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReportWriterTest {

    @Test
    void readsBackAsTheTableInRussianExcelForm() throws IOException {
        ReportSamples.Unclosable out = new ReportSamples.Unclosable();
        new CsvReportWriter().write(ReportSamples.sheet(), ReportRows.of(ReportSamples.rows()), out);
        byte[] bytes = out.bytes();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            assertThat(parser.getHeaderNames()).containsExactly("Номер", "Страниц", "Сумма", "Срок", "Создано");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).toList())
                    .containsExactly("ГД-2025-0000001", "12", "1234,50", "14.03.2025", "01.03.2025 09:30");
            assertThat(records.get(1).toList()).containsExactly(ReportSamples.AWKWARD, "7", "0,25", "", "");
            assertThat(records.get(2).toList()).containsExactly("", "", "", "", "02.03.2025 09:30");
        }
    }

    @Test
    void writesRowsAsTheyCome() throws IOException {
        ReportSamples.Unclosable out = new ReportSamples.Unclosable();
        AtomicInteger writtenMidway = new AtomicInteger();
        ReportRows many = rows -> {
            for (int i = 1; i <= 2_000; i++) {
                rows.accept(ReportSamples.row(i));
            }
            writtenMidway.set(out.size());
            rows.accept(ReportSamples.row(0));
        };
        new CsvReportWriter().write(ReportSamples.sheet(), many, out);

        assertThat(writtenMidway.get()).isPositive();
        assertThat(new String(out.bytes(), StandardCharsets.UTF_8))
                .endsWith("ГД-0;0;0,00;14.03.2025;01.03.2025 09:30\r\n");
    }

    @Test
    void refusesAValueOfAnotherTypeNamingTheColumn() {
        ReportSheet sheet = new ReportSheet("Отчёт", "", List.of(ReportColumn.integer("Страниц")), null);
        ReportRows wrong = rows -> rows.accept(List.of("двенадцать"));

        assertThatThrownBy(() -> new CsvReportWriter().write(sheet, wrong, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Страниц");
    }
}

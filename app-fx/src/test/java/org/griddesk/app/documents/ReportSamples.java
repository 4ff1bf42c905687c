package org.griddesk.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.reports.ReportChart;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportSheet;

/** A report with every column type, nulls, awkward text and a chart, shared by the tests of the three exports. */
final class ReportSamples {
    static final String AWKWARD = "Жалоба «на \"шум\"»; второй абзац\nи строка";
    static final LocalDate DUE = LocalDate.of(2025, 3, 14);
    static final LocalDateTime CREATED = LocalDateTime.of(2025, 3, 1, 9, 30);

    static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Номер"), ReportColumn.integer("Страниц"),
            ReportColumn.decimal("Сумма"), ReportColumn.date("Срок"), ReportColumn.dateTime("Создано"));

    static final ReportChart CHART = new ReportChart("Обращения по месяцам", List.of("Январь", "Февраль"),
            List.of(new ReportChart.Series("Принято", List.of(5L, 7L)),
                    new ReportChart.Series("Отклонено", List.of(1L, 0L))));

    private ReportSamples() {
    }

    static ReportSheet sheet() {
        return new ReportSheet("Обращения за март", "Период: 01.03.2025 — 31.03.2025; все виды", COLUMNS, CHART);
    }

    static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("ГД-2025-0000001", 12L, new BigDecimal("1234.5"), DUE, CREATED));
        rows.add(Arrays.asList(AWKWARD, 7, 0.25, null, null));
        rows.add(Arrays.asList(null, null, null, null, CREATED.plusDays(1)));
        return rows;
    }

    static List<Object> row(int i) {
        return Arrays.asList("ГД-" + i, (long) i, BigDecimal.valueOf(i, 2), DUE.plusDays(i % 30), CREATED.plusHours(i));
    }

    /** Fails the test if the writer closes the caller's stream, which the port says it must not. */
    static final class Unclosable extends FilterOutputStream {
        Unclosable() {
            super(new ByteArrayOutputStream());
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ((ByteArrayOutputStream) out).write(bytes, offset, length);
        }

        @Override
        public void close() {
            throw new AssertionError("The writer closed the caller's stream");
        }

        int size() {
            return ((ByteArrayOutputStream) out).size();
        }

        byte[] bytes() {
            return ((ByteArrayOutputStream) out).toByteArray();
        }
    }
}

package org.griddesk.app.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReportWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesTitleHeaderAndReallyTypedCells() throws IOException {
        Path file = write(new XlsxReportWriter(), ReportSamples.sheet(), ReportRows.of(ReportSamples.rows()));

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Лист 1", "Диаграмма");
            Map<Integer, Row> rows = rows(workbook.getFirstSheet());
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("Обращения за март");
            assertThat(rows.get(2).getCell(0).asString()).startsWith("Период: 01.03.2025");
            assertThat(rows.get(4).stream().map(Cell::asString))
                    .containsExactly("Номер", "Страниц", "Сумма", "Срок", "Создано");

            Row first = rows.get(5);
            assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).asString()).isEqualTo("ГД-2025-0000001");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("12");
            assertThat(first.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("1234.5");
            assertThat(first.getCell(2).getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(3).asDate().toLocalDate()).isEqualTo(ReportSamples.DUE);
            assertThat(first.getCell(3).getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCell(4).asDate()).isEqualTo(ReportSamples.CREATED);
            assertThat(first.getCell(4).getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm");

            Row second = rows.get(6);
            assertThat(second.getCell(0).asString()).isEqualTo(ReportSamples.AWKWARD);
            assertThat(second.getCell(1).asNumber()).isEqualByComparingTo("7");
            assertThat(second.getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("0.25"));
            assertThat(second.getOptionalCell(3).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);

            Row third = rows.get(7);
            assertThat(third.getOptionalCell(0).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
            assertThat(third.getCell(4).asDate()).isEqualTo(ReportSamples.CREATED.plusDays(1));
            assertThat(rows).doesNotContainKey(8);
        }
    }

    @Test
    void writesTheChartAsATableOnItsOwnSheet() throws IOException {
        Path file = write(new XlsxReportWriter(), ReportSamples.sheet(), ReportRows.of(ReportSamples.rows()));

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Map<Integer, Row> rows = rows(workbook.findSheet("Диаграмма").orElseThrow());
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("Обращения по месяцам");
            assertThat(rows.get(3).stream().map(Cell::asString)).containsExactly("Категория", "Принято", "Отклонено");
            assertThat(rows.get(4).getCell(0).asString()).isEqualTo("Январь");
            assertThat(rows.get(4).getCell(1).asNumber()).isEqualByComparingTo("5");
            assertThat(rows.get(4).getCell(2).asNumber()).isEqualByComparingTo("1");
            assertThat(rows.get(5).getCell(0).asString()).isEqualTo("Февраль");
            assertThat(rows.get(5).getCell(1).asNumber()).isEqualByComparingTo("7");
            assertThat(rows.get(5).getCell(2).asNumber()).isEqualByComparingTo("0");
        }
    }

    @Test
    void freezesTheHeaderFiltersTheTableSizesTheColumnsAndBoldsTheHeadings() throws IOException {
        Path file = write(new XlsxReportWriter(), ReportSamples.sheet(), ReportRows.of(ReportSamples.rows()));

        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = entry(zip, "xl/worksheets/sheet1.xml");
            assertThat(xml).containsPattern("<pane [^>]*ySplit=\"4\"[^>]*state=\"frozen\"");
            assertThat(xml).contains("<autoFilter ref=\"A4:E7\"");
            assertThat(xml).containsPattern("<col [^>]*width=\"");
            assertThat(xml).doesNotContain("t=\"s\"");
            String styles = entry(zip, "xl/styles.xml");
            assertThat(bold(xml, styles, "A1")).isTrue();
            assertThat(bold(xml, styles, "E4")).isTrue();
            assertThat(bold(xml, styles, "A5")).isFalse();
        }
    }

    @Test
    void continuesOnTheNextSheetPastTheRowLimitWithTheSameHeader() throws IOException {
        ReportRows seven = rows -> {
            for (int i = 1; i <= 7; i++) {
                rows.accept(ReportSamples.row(i));
            }
        };
        Path file = write(new XlsxReportWriter(3), ReportSamples.sheet(), seven);

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Лист 1", "Лист 2", "Лист 3", "Диаграмма");
            Map<Integer, Row> second = rows(sheets.get(1));
            assertThat(second.get(4).getCell(0).asString()).isEqualTo("Номер");
            assertThat(second.get(5).getCell(0).asString()).isEqualTo("ГД-4");
            assertThat(second.get(7).getCell(0).asString()).isEqualTo("ГД-6");
            assertThat(second).doesNotContainKey(8);
            assertThat(rows(sheets.get(2)).get(5).getCell(0).asString()).isEqualTo("ГД-7");
        }
    }

    @Test
    void streamsRowsToTheFileAsTheyCome() throws IOException {
        ReportSamples.Unclosable out = new ReportSamples.Unclosable();
        AtomicInteger writtenMidway = new AtomicInteger();
        ReportRows many = rows -> {
            for (int i = 1; i <= 20_000; i++) {
                rows.accept(ReportSamples.row(i));
                if (i == 10_000) {
                    writtenMidway.set(out.size());
                }
            }
        };
        new XlsxReportWriter().write(ReportSamples.sheet(), many, out);

        assertThat(writtenMidway.get()).isPositive();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.bytes()))) {
            assertThat(rows(workbook.getFirstSheet()).get(20_004).getCell(0).asString()).isEqualTo("ГД-20000");
        }
    }

    @Test
    void refusesAValueOfAnotherTypeNamingTheColumn() {
        ReportSheet sheet = new ReportSheet("Отчёт", "", List.of(ReportColumn.date("Срок")), null);
        ReportRows wrong = rows -> rows.accept(List.of("14.03.2025"));

        assertThatThrownBy(() -> new XlsxReportWriter().write(sheet, wrong, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Срок");
    }

    private Path write(XlsxReportWriter writer, ReportSheet sheet, ReportRows rows) throws IOException {
        Path file = folder.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(sheet, rows, out);
        }
        return file;
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Whether the cell's style (an index into styles.xml's cellXfs) has a font (an index into its fonts) in bold. */
    private static boolean bold(String sheetXml, String styles, String cell) {
        Matcher style = Pattern.compile("<c r=\"" + cell + "\" s=\"(\\d+)\"").matcher(sheetXml);
        if (!style.find()) {
            return false;
        }
        List<String> formats = Pattern.compile("<xf [^>]*>").matcher(styles.substring(styles.indexOf("<cellXfs")))
                .results().map(MatchResult::group).toList();
        Matcher font = Pattern.compile("fontId=\"(\\d+)\"").matcher(formats.get(Integer.parseInt(style.group(1))));
        String[] fonts = styles.substring(styles.indexOf("<fonts"), styles.indexOf("</fonts>")).split("<font>");
        return font.find() && fonts[Integer.parseInt(font.group(1)) + 1].contains("<b/>");
    }

    /** Rows by their number in Excel (from 1): the reader skips the empty ones. */
    private static Map<Integer, Row> rows(Sheet sheet) throws IOException {
        return sheet.read().stream().collect(Collectors.toMap(Row::getRowNum, Function.identity()));
    }
}

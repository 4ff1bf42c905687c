package org.griddesk.app.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportRows;
import org.griddesk.core.reports.ReportSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfBoxReportWriterTest {

    @Test
    void showsTheTitleTheChartAndTheTableInRussian() throws IOException {
        String text = text(write(new PdfBoxReportWriter(), ReportSamples.sheet(), ReportRows.of(ReportSamples.rows())));

        assertThat(text).contains("Обращения за март", "Период: 01.03.2025 — 31.03.2025; все виды");
        assertThat(text).contains("Обращения по месяцам", "Принято", "Отклонено", "Январь", "Февраль");
        assertThat(text).contains("Номер", "Страниц", "Сумма", "Срок", "Создано");
        assertThat(text).contains("ГД-2025-0000001", "1234,50", "14.03.2025", "01.03.2025 09:30", "Жалоба");
    }

    @Test
    void repeatsTheHeaderOnEveryPage() throws IOException {
        byte[] pdf = write(new PdfBoxReportWriter(), ReportSamples.sheet(), numbered(150));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(count(text, "Создано")).isEqualTo(document.getNumberOfPages());
            assertThat(text).contains("ГД-1 ", "ГД-150 ");
        }
    }

    @Test
    void showsRowsUpToTheLimitAndCountsTheRest() throws IOException {
        String text = text(write(new PdfBoxReportWriter(50), ReportSamples.sheet(), numbered(120)));

        assertThat(text).contains("ГД-50 ", "… показаны первые 50 строк из 120").doesNotContain("ГД-51 ", "ГД-120");
    }

    @Test
    void cutsLongTextAndReplacesWhatTheFontCannotShow() throws IOException {
        List<ReportColumn> columns = List.of(ReportColumn.text("Тема"), ReportColumn.integer("Число"));
        ReportSheet sheet = new ReportSheet("Отчёт", null, columns, null);
        List<List<Object>> rows = List.of(List.of("Иванов 😀 漢\tконтроль\u0001", 1L), List.of("очень ".repeat(200), 2L));

        String text = text(write(new PdfBoxReportWriter(), sheet, ReportRows.of(rows)));

        assertThat(text).contains("Иванов ? ? контроль", "очень очень", "…");
    }

    @Test
    void refusesAValueOfAnotherTypeNamingTheColumn() {
        ReportSheet sheet = new ReportSheet("Отчёт", "", List.of(ReportColumn.dateTime("Создано")), null);
        ReportRows wrong = rows -> rows.accept(List.of(ReportSamples.DUE));

        assertThatThrownBy(() -> new PdfBoxReportWriter().write(sheet, wrong, OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Создано");
    }

    private static ReportRows numbered(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(ReportSamples.row(i));
        }
        return ReportRows.of(rows);
    }

    private static byte[] write(PdfBoxReportWriter writer, ReportSheet sheet, ReportRows rows) throws IOException {
        ReportSamples.Unclosable out = new ReportSamples.Unclosable();
        writer.write(sheet, rows, out);
        return out.bytes();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int count(String text, String word) {
        Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

package org.griddesk.app.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxReportsTest {

    @Test
    void writesRussianTextThatReadsBackOverSeveralPages() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add("Строка " + i + ": подпись действительна, сертификат выдан УЦ «Тестовый»");
        }
        byte[] pdf = new PdfBoxReports().document("Отчёт о проверке электронной подписи", lines);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Отчёт о проверке электронной подписи", "Строка 1: подпись действительна",
                    "Строка 80");
        }
    }
}

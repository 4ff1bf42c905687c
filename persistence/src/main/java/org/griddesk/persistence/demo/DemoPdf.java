package org.griddesk.persistence.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small one-page PDFs for demo documents, in Russian (Liberation Sans, which ships inside PDFBox). */
final class DemoPdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private DemoPdf() {
    }

    static byte[] page(String heading, List<String> lines) {
        try (PDDocument document = new PDDocument(); InputStream font = DemoPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox font resource missing: " + FONT);
            }
            PDFont regular = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(regular, 16);
                text.newLineAtOffset(56, 770);
                text.showText(heading);
                text.setFont(regular, 11);
                text.setLeading(16);
                text.newLine();
                for (String line : lines) {
                    text.newLine();
                    text.showText(line);
                }
                text.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a demo PDF", e);
        }
    }
}

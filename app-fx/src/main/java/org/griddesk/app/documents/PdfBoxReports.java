package org.griddesk.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.griddesk.core.reports.PdfReports;

/**
 * Plain A4 text documents in Russian: a heading and wrapped lines, over as many pages as needed. The font is
 * Liberation Sans, which ships inside PDFBox, so no system font is needed.
 */
public final class PdfBoxReports implements PdfReports {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int CHARACTERS_PER_LINE = 92;

    @Override
    public byte[] document(String heading, List<String> lines) {
        try (PDDocument document = new PDDocument(); InputStream font = PdfBoxReports.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("PDFBox font resource missing: " + FONT);
            }
            PDFont regular = PDType0Font.load(document, font);
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(line));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - 3;
            int index = 0;
            do {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    text.setFont(regular, 15);
                    text.showText(heading);
                    text.setFont(regular, 10.5f);
                    text.setLeading(LEADING);
                    text.newLine();
                    for (int onPage = 0; onPage < perPage && index < wrapped.size(); onPage++, index++) {
                        text.newLine();
                        text.showText(wrapped.get(index));
                    }
                    text.endText();
                }
            } while (index < wrapped.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a PDF", e);
        }
    }

    /** Breaks at spaces so that a line fits the page; PDF text does not wrap by itself. */
    static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line.replace('\t', ' ').replace("\r", "");
        for (String paragraph : rest.split("\n", -1)) {
            String left = paragraph;
            while (left.length() > CHARACTERS_PER_LINE) {
                int cut = left.lastIndexOf(' ', CHARACTERS_PER_LINE);
                if (cut <= 0) {
                    cut = CHARACTERS_PER_LINE;
                }
                out.add(left.substring(0, cut));
                left = left.substring(cut).stripLeading();
            }
            out.add(left);
        }
        return out;
    }
}

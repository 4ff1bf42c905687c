package org.griddesk.app.demo.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.griddesk.persistence.demo.SimulatedPortal.AttachedFile;

/** The files simulated applicants attach: real one-page PDFs, and now and then a program the portal should not pass. */
final class SimulatedFiles {
    private SimulatedFiles() {
    }

    /** {@code line} in Latin letters: the PDF's standard font has no Cyrillic. */
    static AttachedFile pdf(String documentName, String fileName, String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(line);
                text.endText();
            }
            document.save(bytes);
            return new AttachedFile(documentName, fileName, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AttachedFile program() {
        return new AttachedFile("Прочие документы", "setup.exe", "MZ\u0090\u0000simulated".getBytes(StandardCharsets.ISO_8859_1));
    }
}

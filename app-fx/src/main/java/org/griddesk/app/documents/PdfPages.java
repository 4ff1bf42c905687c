package org.griddesk.app.documents;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Landscape A4 pages filled from the top: a cursor, a new numbered page when the next block does not fit, and text
 * made to fit, since PDF text neither wraps nor stops at a cell's edge, and a character the font lacks fails the
 * whole document.
 */
final class PdfPages implements Closeable {
    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    private static final float FOOTER = 14;
    private static final String ELLIPSIS = "…";

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;
    private int number;

    PdfPages(PDDocument document, PDFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    PDPageContentStream content() {
        return content;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    /** Where the next block starts, measured up from the page's bottom edge. */
    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN;
        number++;
        String footer = "Стр. " + number;
        text(footer, SIZE.getWidth() - MARGIN - width(footer, 7), MARGIN, 7);
    }

    /** Lines of {@code text} broken at spaces to fit {@code width}, each starting a new line of its own. */
    List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text, true).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(longer, size) <= width) {
                    line.setLength(0);
                    line.append(longer);
                } else {
                    lines.add(fit(line.toString(), width, size));
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(fit(line.toString(), width, size));
        }
        return lines;
    }

    /** {@code text} on one line, cut with an ellipsis where it is wider than {@code width}. */
    String fit(String text, float width, float size) throws IOException {
        String line = printable(text, false);
        if (width(line, size) <= width) {
            return line;
        }
        int low = 0;
        int high = line.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(line.substring(0, middle) + ELLIPSIS, size) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? "" : line.substring(0, low) + ELLIPSIS;
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    void text(String text, float x, float baseline, float size) throws IOException {
        if (!text.isEmpty()) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }
    }

    /** Text read bottom to top, for labels over bars too narrow for them. */
    void textUp(String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        content.showText(text);
        content.endText();
    }

    void textRight(String text, float right, float baseline, float size) throws IOException {
        text(text, right - width(text, size), baseline, size);
    }

    /** Control characters become spaces (or stay line breaks), and characters the font lacks become «?». */
    private String printable(String text, boolean keepBreaks) {
        if (plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point == '\n' && keepBreaks) {
                out.append('\n');
            } else if (Character.isISOControl(point)) {
                out.append(point == '\r' && keepBreaks ? "" : " ");
            } else {
                out.appendCodePoint(encodable(Character.toString(point)) ? point : '?');
            }
        });
        return out.toString();
    }

    /** The common case, checked at once: nothing to replace. */
    private boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        return encodable(text);
    }

    private boolean encodable(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
    }
}

package org.griddesk.app.html;

import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.cases.SanitizedHtml;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Keeps formatting (paragraphs, emphasis, lists, tables, links) and drops everything else: scripts,
 * event handlers, styles, images with remote sources. jsoup's Safelist is maintained against XSS.
 */
public class JsoupHtmlSanitizer implements HtmlSanitizer {
    private static final Safelist MESSAGE_FORMATTING = Safelist.relaxed()
            .removeTags("img")
            .addTags("font", "span", "hr")
            .addAttributes("font", "color", "size", "face")
            .addProtocols("a", "href", "https", "http", "mailto");

    @Override
    public SanitizedHtml sanitize(String untrustedHtml) {
        String html = Jsoup.clean(formattingAsTags(untrustedHtml), MESSAGE_FORMATTING);
        String text = Jsoup.parse(html).text();
        return new SanitizedHtml(html, text);
    }

    /**
     * The editor's B, I and U buttons may write {@code <span style="font-weight: bold">}: styles are dropped for
     * safety, so their meaning is kept as the plain tags first.
     */
    private static String formattingAsTags(String untrustedHtml) {
        Document document = Jsoup.parseBodyFragment(untrustedHtml == null ? "" : untrustedHtml);
        for (Element styled : document.body().select("[style]")) {
            String style = styled.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("font-weight:bold") || style.matches(".*font-weight:(6|7|8|9)00.*")) {
                wrapContent(styled, "b");
            }
            if (style.contains("font-style:italic")) {
                wrapContent(styled, "i");
            }
            if (style.contains("text-decoration:underline") || style.contains("text-decoration-line:underline")) {
                wrapContent(styled, "u");
            }
        }
        return document.body().html();
    }

    private static void wrapContent(Element element, String tag) {
        Element wrapper = new Element(tag);
        wrapper.appendChildren(element.childNodesCopy());
        element.empty().appendChild(wrapper);
    }
}

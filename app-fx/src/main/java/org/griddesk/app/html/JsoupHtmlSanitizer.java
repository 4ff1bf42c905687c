package org.griddesk.app.html;

import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.cases.SanitizedHtml;
import org.jsoup.Jsoup;
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
        String html = Jsoup.clean(untrustedHtml, MESSAGE_FORMATTING);
        String text = Jsoup.parse(html).text();
        return new SanitizedHtml(html, text);
    }
}

package org.griddesk.app.html;

import org.griddesk.core.cases.SanitizedHtml;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the editor's buttons make survives; what a script would need does not. */
class JsoupHtmlSanitizerTest {
    private final JsoupHtmlSanitizer sanitizer = new JsoupHtmlSanitizer();

    @Test
    void boldItalicUnderlineListsLinksAndParagraphsAreKept() {
        SanitizedHtml clean = sanitizer.sanitize("<p><b>жирный</b> <strong>сильный</strong> <i>курсив</i> <em>акцент</em> "
                + "<u>подчёркнутый</u></p><ul><li>пункт</li></ul><ol><li>номер</li></ol>"
                + "<a href=\"https://gorset.ru/tp\">ссылка</a>");
        assertThat(clean.html()).contains("<b>жирный</b>", "<strong>сильный</strong>", "<i>курсив</i>", "<em>акцент</em>",
                "<u>подчёркнутый</u>", "<ul>", "<ol>", "<li>пункт</li>", "<p>", "href=\"https://gorset.ru/tp\"");
    }

    @Test
    void theEditorsStyledSpansBecomePlainTags() {
        SanitizedHtml clean = sanitizer.sanitize("<p><span style=\"font-weight: bold;\">жирный</span> "
                + "<span style=\"font-style: italic\">курсив</span> <span style=\"text-decoration: underline\">линия</span>"
                + " <span style=\"font-weight: 700\">тоже</span></p>");
        assertThat(clean.html()).contains("<b>жирный</b>", "<i>курсив</i>", "<u>линия</u>", "<b>тоже</b>")
                .doesNotContain("style");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreDropped() {
        SanitizedHtml clean = sanitizer.sanitize("<p onclick=\"steal()\">текст<script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><span style=\"background:url(javascript:x)\">y</span></p>");
        assertThat(clean.html()).doesNotContain("script", "onclick", "javascript", "style");
        assertThat(clean.plainText()).isEqualToIgnoringWhitespace("текстxy");
    }
}

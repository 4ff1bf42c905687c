package org.griddesk.core.cases;

/** Port: strips scripts, handlers and anything else outside a safe formatting subset. */
public interface HtmlSanitizer {
    SanitizedHtml sanitize(String untrustedHtml);
}

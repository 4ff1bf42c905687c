package org.griddesk.core.cases;

/** Message HTML after sanitising, and its visible text (to refuse messages that say nothing). */
public record SanitizedHtml(String html, String plainText) {
}

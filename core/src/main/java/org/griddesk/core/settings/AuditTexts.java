package org.griddesk.core.settings;

/** The audit trail keeps at most 4000 characters before and after a change; longer texts are cut visibly. */
final class AuditTexts {
    static final int LIMIT = 3900;

    private AuditTexts() {
    }

    static String clip(String text) {
        if (text == null || text.length() <= LIMIT) {
            return text;
        }
        return text.substring(0, LIMIT) + "… (обрезано, всего " + text.length() + " символов)";
    }
}

package org.griddesk.core.common;

/**
 * Text a person typed: line breaks and tabs are fine, other control characters and the Unicode direction overrides
 * (which make «ТП-12» display as something else) only hide what is really stored.
 */
public final class PlainText {
    public static final String HIDDEN_CHARACTERS = "Недопустимые управляющие символы в тексте";

    private PlainText() {
    }

    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** {@code text}, or a refusal naming {@code field} (null: no field name). */
    public static String refuseHidden(String text, String field) {
        if (hasHiddenCharacters(text)) {
            throw new ValidationException(field == null ? HIDDEN_CHARACTERS : "«" + field + "»: " + HIDDEN_CHARACTERS.toLowerCase());
        }
        return text;
    }
}

package org.griddesk.core.applicants;

import java.util.Locale;

/**
 * An e-mail address (the portal login). Surrounding whitespace is dropped and the domain lower-cased;
 * the local part keeps its case because servers may distinguish it.
 */
public record Email(String value) {
    static final int MAX_LENGTH = 254;
    private static final String WRONG = "Некорректный адрес электронной почты";

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException("Не указан адрес электронной почты");
        }
        String text = value.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidIdentifierException("Адрес электронной почты не может быть длиннее "
                    + MAX_LENGTH + " символов");
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || text.chars().anyMatch(Email::forbidden)) {
            throw new InvalidIdentifierException(WRONG);
        }
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!validDomain(domain)) {
            throw new InvalidIdentifierException(WRONG);
        }
        value = text.substring(0, at + 1) + domain;
    }

    public static Email parse(String text) {
        return new Email(text);
    }

    /** Whitespace, control characters and the punctuation that only a quoted local part may hold. */
    private static boolean forbidden(int c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || "()<>[]:;,\\\"".indexOf(c) >= 0;
    }

    /** At least two non-empty labels separated by dots, none starting or ending with a hyphen. */
    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        return true;
    }
}

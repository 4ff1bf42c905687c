package org.griddesk.core.applicants;

/** Shared checks of the digit identifiers, so every one reports problems in the same words. */
final class IdentifierText {
    private IdentifierText() {
    }

    /** The trimmed text, or an exception "Не указан …" when nothing was entered. */
    static String present(String value, String title) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException("Не указан " + title);
        }
        return value.strip();
    }

    /** Checks that the trimmed text is exactly {@code length} ASCII digits and returns it. */
    static String digits(String value, String title, int length) {
        String text = present(value, title);
        if (!isDigits(text)) {
            throw new InvalidIdentifierException(title + " может содержать только цифры");
        }
        if (text.length() != length) {
            throw new InvalidIdentifierException(title + " должен содержать " + length + " цифр, а введено цифр: "
                    + text.length());
        }
        return text;
    }

    static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Character.isDigit would let Arabic-Indic and other non-ASCII digits through.
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    static int digitAt(String text, int index) {
        return text.charAt(index) - '0';
    }

    /** The remainder of the decimal number {@code text} by {@code divisor}, without overflow for 14 digits. */
    static int remainder(String text, int divisor) {
        int rest = 0;
        for (int i = 0; i < text.length(); i++) {
            rest = (rest * 10 + digitAt(text, i)) % divisor;
        }
        return rest;
    }

    static InvalidIdentifierException wrongControl(String title) {
        return new InvalidIdentifierException("Неверное контрольное число " + title
                + ": проверьте, не допущена ли ошибка при вводе");
    }
}

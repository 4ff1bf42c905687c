package org.griddesk.core.cases;

import java.util.List;
import org.griddesk.core.common.ValidationException;

/** Rules of registration numbers: unique in the organisation, short, and a sensible next one to offer. */
public final class RegistrationNumbers {
    public static final int MAX_LENGTH = 50;
    /** Besides letters and digits, what a fresh database allows; the administrator keeps the list («Справочники»). */
    public static final List<String> DEFAULT_SYMBOLS = List.of("-", "/", ".");
    /** Never allowed: they would make a number markup, a quoted string or a path elsewhere. */
    public static final String FORBIDDEN_SYMBOLS = "<>&\"'`\\";

    private RegistrationNumbers() {
    }

    /** Trimmed number, or null for an empty one; plain text of letters, digits and the allowed {@code symbols}. */
    public static String normalise(String number, List<String> symbols) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException("Регистрационный номер длиннее " + MAX_LENGTH + " символов");
        }
        boolean plain = trimmed.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || (symbols.contains(Character.toString(c)) && FORBIDDEN_SYMBOLS.indexOf(c) < 0));
        if (!plain) {
            throw new ValidationException("Регистрационный номер может содержать только буквы, цифры и знаки "
                    + String.join(" ", symbols.stream().map(symbol -> "«" + symbol + "»").toList())
                    + " (например, 1563, ТП-1563/26)");
        }
        return trimmed;
    }

    public static ValidationException alreadyTaken(String number) {
        return new ValidationException("Регистрационный номер «" + number
                + "» уже присвоен другому обращению. Укажите другой номер.");
    }
}

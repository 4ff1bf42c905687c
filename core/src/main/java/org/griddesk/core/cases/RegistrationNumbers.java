package org.griddesk.core.cases;

import org.griddesk.core.common.ValidationException;

/** Rules of registration numbers: unique in the organisation, short, and a sensible next one to offer. */
public final class RegistrationNumbers {
    public static final int MAX_LENGTH = 50;
    /** Plain text, never markup: letters, digits, «-», «/», «.» (the portal shows the number as it is). */
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[\\p{L}\\p{N}./-]+");

    private RegistrationNumbers() {
    }

    /** Trimmed number, or null for an empty one. */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException("Регистрационный номер длиннее " + MAX_LENGTH + " символов");
        }
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new ValidationException("Регистрационный номер может содержать только буквы, цифры и знаки «-», «/», «.»"
                    + " (например, 1563, ТП-1563/26)");
        }
        return trimmed;
    }

    public static String next(long largestNumeric) {
        return Long.toString(largestNumeric + 1);
    }

    public static ValidationException alreadyTaken(String number) {
        return new ValidationException("Регистрационный номер «" + number
                + "» уже присвоен другому обращению. Укажите другой номер.");
    }
}

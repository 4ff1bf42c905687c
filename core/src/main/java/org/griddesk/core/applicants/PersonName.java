package org.griddesk.core.applicants;

import org.griddesk.core.common.ValidationException;

/**
 * The portal's rule for surname, name and patronymic (seed 001): at most 50 characters, Russian or
 * Latin capital and small letters, which may be joined by the hyphen "-" and the dash "—".
 */
public final class PersonName {
    public static final int MAX_LENGTH = 50;

    private PersonName() {
    }

    /**
     * Returns the trimmed part, or "" when an optional part is left empty.
     *
     * @param fieldTitle the field's label as the form shows it, e.g. "Фамилия" or "Отчество контактного лица"
     * @throws ValidationException naming the field when the part is missing or breaks the rule
     */
    public static String requireNamePart(String value, String fieldTitle, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new ValidationException("Заполните поле «" + fieldTitle + "»");
            }
            return "";
        }
        if (text.length() > MAX_LENGTH) {
            throw new ValidationException("Поле «" + fieldTitle + "» должно содержать не более "
                    + MAX_LENGTH + " символов");
        }
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                hasLetter = true;
            } else if (c != '-' && c != '—') {
                throw new ValidationException("Поле «" + fieldTitle + "» может содержать только русские или "
                        + "латинские буквы, дефис «-» и тире «—»");
            }
        }
        if (!hasLetter) {
            throw new ValidationException("Поле «" + fieldTitle + "» должно содержать буквы");
        }
        return text;
    }

    private static boolean isLetter(char c) {
        return c >= 'А' && c <= 'я' || c == 'Ё' || c == 'ё' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}

package org.griddesk.core.applicants;

import java.util.regex.Pattern;

/**
 * Tax registration reason code (КПП): 4 digits of the tax office, 2 digits or capital Latin letters of
 * the reason, 3 digits of the serial number. It has no control digit, so only the format is checked.
 */
public record Kpp(String value) {
    static final String TITLE = "КПП";
    private static final Pattern FORMAT = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

    public Kpp {
        value = IdentifierText.present(value, TITLE);
        if (value.length() != 9) {
            throw new InvalidIdentifierException("КПП должен содержать 9 символов, а введено символов: "
                    + value.length());
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException("КПП должен состоять из 4 цифр, 2 цифр или заглавных "
                    + "латинских букв и 3 цифр (например, 773601001)");
        }
    }

    public static Kpp parse(String text) {
        return new Kpp(text);
    }
}

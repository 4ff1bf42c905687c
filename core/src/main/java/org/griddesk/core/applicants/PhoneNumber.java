package org.griddesk.core.applicants;

/**
 * A Russian mobile or landline number. {@link #value()} is "+7" and ten digits; the constructor also
 * accepts "8XXXXXXXXXX", "7XXXXXXXXXX", ten bare digits and the written forms with spaces, hyphens and
 * parentheses, e.g. "+7 (961) 700-56-73" or "+7-961-700-56-73".
 */
public record PhoneNumber(String value) {
    private static final String WRONG = "Номер телефона должен состоять из +7 и 10 цифр, например +7-961-700-56-73";

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException("Не указан номер телефона");
        }
        value = "+7" + tenDigits(value.strip());
    }

    public static PhoneNumber parse(String text) {
        return new PhoneNumber(text);
    }

    /** The form the portal shows: "+7-961-700-56-73". */
    public String formatted() {
        return "+7-" + value.substring(2, 5) + "-" + value.substring(5, 8) + "-" + value.substring(8, 10) + "-"
                + value.substring(10);
    }

    /** How GridDesk's own screens show a phone: +7 (961) 700-56-73. */
    public String display() {
        return "+7 (" + value.substring(2, 5) + ") " + value.substring(5, 8) + "-" + value.substring(8, 10) + "-"
                + value.substring(10);
    }

    /** The typed phone in the one format screens use, or the text as typed when it is no phone number. */
    public static String displayed(String typed) {
        try {
            return parse(typed).display();
        } catch (InvalidIdentifierException notAPhone) {
            return typed;
        }
    }

    private static String tenDigits(String text) {
        boolean plus = text.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = plus ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                throw new InvalidIdentifierException(WRONG);
            }
        }
        String all = digits.toString();
        // "+" can only introduce the country code 7; "8" is the domestic trunk prefix.
        if (all.length() == 11 && (all.charAt(0) == '7' || (!plus && all.charAt(0) == '8'))) {
            return all.substring(1);
        }
        if (all.length() == 10 && !plus) {
            return all;
        }
        throw new InvalidIdentifierException(WRONG);
    }
}

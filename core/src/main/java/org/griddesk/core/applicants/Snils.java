package org.griddesk.core.applicants;

import java.util.regex.Pattern;

/**
 * Insurance number of an individual's personal account (СНИЛС). {@link #value()} is the 11 digits;
 * the constructor also accepts "XXX-XXX-XXX YY" and "XXX-XXX-XXX-YY" and checks the control number.
 */
public record Snils(String value) {
    static final String TITLE = "СНИЛС";
    private static final Pattern WRITTEN = Pattern.compile("\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}|\\d{11}");
    /** Numbers up to 001-001-998 were issued before the control number was introduced. */
    private static final int LAST_UNCHECKED = 1_001_998;

    public Snils {
        String text = IdentifierText.present(value, TITLE);
        if (!WRITTEN.matcher(text).matches()) {
            throw new InvalidIdentifierException(
                    "СНИЛС должен содержать 11 цифр в формате XXX-XXX-XXX YY (например, 112-233-445 95)");
        }
        value = text.replace("-", "").replace(" ", "");
        int number = Integer.parseInt(value.substring(0, 9));
        if (number > LAST_UNCHECKED && control(value.substring(0, 9)) != Integer.parseInt(value.substring(9))) {
            throw IdentifierText.wrongControl(TITLE);
        }
    }

    public static Snils parse(String text) {
        return new Snils(text);
    }

    /** The form the portal shows: "XXX-XXX-XXX YY". */
    public String formatted() {
        return value.substring(0, 3) + "-" + value.substring(3, 6) + "-" + value.substring(6, 9) + " "
                + value.substring(9);
    }

    /** Control number of the first nine digits: weights 9..1, then modulo 101 with 100 and 101 giving 00. */
    static int control(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += IdentifierText.digitAt(nineDigits, i) * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        int rest = sum % 101;
        return rest == 100 ? 0 : rest;
    }
}

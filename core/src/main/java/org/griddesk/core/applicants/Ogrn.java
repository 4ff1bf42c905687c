package org.griddesk.core.applicants;

/** Primary state registration number of a legal entity (ОГРН): 13 digits, the last a control digit. */
public record Ogrn(String value) {
    static final String TITLE = "ОГРН";

    public Ogrn {
        value = IdentifierText.digits(value, TITLE, 13);
        if (controlDigit(value) != IdentifierText.digitAt(value, 12)) {
            throw IdentifierText.wrongControl(TITLE);
        }
    }

    public static Ogrn parse(String text) {
        return new Ogrn(text);
    }

    /** The first 12 digits as a number, modulo 11, then modulo 10. */
    static int controlDigit(String digits) {
        return IdentifierText.remainder(digits.substring(0, 12), 11) % 10;
    }
}

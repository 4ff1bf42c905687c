package org.griddesk.core.applicants;

/** Primary state registration number of a sole proprietor (ОГРНИП): 15 digits, the last a control digit. */
public record Ogrnip(String value) {
    static final String TITLE = "ОГРНИП";

    public Ogrnip {
        value = IdentifierText.digits(value, TITLE, 15);
        if (controlDigit(value) != IdentifierText.digitAt(value, 14)) {
            throw IdentifierText.wrongControl(TITLE);
        }
    }

    public static Ogrnip parse(String text) {
        return new Ogrnip(text);
    }

    /** The first 14 digits as a number, modulo 13, then modulo 10. */
    static int controlDigit(String digits) {
        return IdentifierText.remainder(digits.substring(0, 14), 13) % 10;
    }
}

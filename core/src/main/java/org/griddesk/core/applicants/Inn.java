package org.griddesk.core.applicants;

/**
 * Taxpayer identification number (ИНН): 10 digits for a legal entity, 12 for an individual or a sole
 * proprietor, with the FNS control digits.
 */
public record Inn(String value) {
    static final String TITLE = "ИНН";
    private static final int[] WEIGHTS_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    public Inn {
        value = IdentifierText.present(value, TITLE);
        if (!IdentifierText.isDigits(value)) {
            throw new InvalidIdentifierException("ИНН может содержать только цифры");
        }
        if (value.length() != 10 && value.length() != 12) {
            throw new InvalidIdentifierException("ИНН должен содержать 10 цифр (юридическое лицо) "
                    + "или 12 цифр (физическое лицо, индивидуальный предприниматель), а введено цифр: "
                    + value.length());
        }
        boolean valid = value.length() == 10
                ? controlDigit(value, 9) == IdentifierText.digitAt(value, 9)
                : controlDigit(value, 10) == IdentifierText.digitAt(value, 10)
                        && controlDigit(value, 11) == IdentifierText.digitAt(value, 11);
        if (!valid) {
            throw IdentifierText.wrongControl(TITLE);
        }
    }

    public static Inn parse(String text) {
        return new Inn(text);
    }

    /** True for the 10-digit number of an organisation, false for the 12-digit number of a person. */
    public boolean isLegalEntity() {
        return value.length() == 10;
    }

    /** The control digit expected at {@code position} (9, 10 or 11): weighted sum mod 11, then mod 10. */
    static int controlDigit(String digits, int position) {
        int[] weights = switch (position) {
            case 9 -> WEIGHTS_10;
            case 10 -> WEIGHTS_11;
            default -> WEIGHTS_12;
        };
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += IdentifierText.digitAt(digits, i) * weights[i];
        }
        return sum % 11 % 10;
    }
}

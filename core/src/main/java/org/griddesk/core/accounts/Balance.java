package org.griddesk.core.accounts;

import java.math.BigDecimal;

/**
 * An account's balance as the portal shows it (seed 001 §2.6): {@code owed} is charged minus paid, so a debt is
 * positive and an overpayment negative. An overpayment is «Переплата» with its sum signed «-», a debt «К оплате»,
 * neither «Задолженность отсутствует» with a zero sum.
 */
public record Balance(BigDecimal owed) {
    public Balance {
        owed = owed.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public static Balance of(String owed) {
        return new Balance(new BigDecimal(owed));
    }

    public String label() {
        return switch (owed.signum()) {
            case 1 -> "К оплате";
            case -1 -> "Переплата";
            default -> "Задолженность отсутствует";
        };
    }

    /** The sum with its sign as the seed shows it: «-150,00» for an overpayment, «1 234,56» for a debt, «0,00». */
    public String amount() {
        return Rubles.format(owed);
    }

    /** «Переплата -150,00 ₽». */
    public String text() {
        return label() + " " + amount() + " ₽";
    }
}

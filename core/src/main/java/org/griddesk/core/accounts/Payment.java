package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment from the portal's log; {@code advance}: made when nothing was due (§2.8). */
public record Payment(long id, Instant paidAt, PaymentMethod method, String supplier, BigDecimal amount,
                      PaymentResult result, boolean advance) {
    public Payment {
        if (amount.compareTo(Rubles.MINIMUM_PAYMENT) < 0) {
            throw new IllegalArgumentException("A payment below 10.00: " + amount);
        }
    }

    public boolean counts() {
        return result == PaymentResult.SUCCEEDED;
    }
}

package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** «Баланс» of one month and supplier: charged, paid, and what remains as a balance with the seed's signs. */
public record SupplierMonth(YearMonth month, String supplier, BigDecimal charged, BigDecimal paid) {
    public Balance remaining() {
        return new Balance(charged.subtract(paid));
    }
}

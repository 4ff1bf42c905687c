package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** «Все события» of one month: what was charged and paid, and the balance the month closed with. */
public record MonthTotal(YearMonth month, BigDecimal charged, BigDecimal paid, Balance closing) {
}

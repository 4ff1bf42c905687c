package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What billing charged for a month for one service of one supplier; {@code volume} in the service's unit, may be null. */
public record Charge(YearMonth month, String service, String supplier, BigDecimal volume, BigDecimal amount) {
}

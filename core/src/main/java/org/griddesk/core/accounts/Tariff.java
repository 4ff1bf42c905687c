package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price per unit of a service in a time-of-day zone, from the document that approved it; {@code validTo} null: in force. */
public record Tariff(String service, String zone, LocalDate validFrom, LocalDate validTo, BigDecimal price,
                     String approvedBy) {
}

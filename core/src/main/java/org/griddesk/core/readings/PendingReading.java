package org.griddesk.core.readings;

import java.math.BigDecimal;

/** A reading waiting for a clerk, with its meter and the previous billed value it is compared to (null: none). */
public record PendingReading(Reading reading, MeterContext meter, BigDecimal previous) {
    /** Current minus previous, or null when unknown or below the previous (the clerk decides then). */
    public BigDecimal consumption() {
        if (previous == null || reading.value().compareTo(previous) < 0) {
            return null;
        }
        return reading.value().subtract(previous);
    }
}

package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reading as given ({@code value}) and, once accepted, as billed ({@code acceptedValue}, {@code consumption});
 * {@code rollover}: the dial passed its maximum since the previous billed reading.
 */
public record Reading(long id, long version, long meterId, Instant submittedAt, ReadingChannel channel, BigDecimal value,
                      boolean rollover, ReadingState state, BigDecimal acceptedValue, BigDecimal consumption,
                      String reason, String decidedBy) {
}

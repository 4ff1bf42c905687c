package org.griddesk.core.notifications;

import java.time.LocalDate;

/** What the operator set over «Почта»: a state (null: all), a search text, the days of a period (either open). */
public record OutboxFilter(OutboxState state, String text, LocalDate from, LocalDate to) {
    public static final OutboxFilter ALL = new OutboxFilter(null, "", null, null);
}

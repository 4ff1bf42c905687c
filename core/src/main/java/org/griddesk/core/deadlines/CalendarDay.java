package org.griddesk.core.deadlines;

import java.time.LocalDate;

/**
 * A day of the production calendar that differs from the plain week: a holiday or a day off moved onto a weekday
 * ({@code working = false}), or a Saturday or Sunday worked because of a transfer ({@code working = true}).
 */
public record CalendarDay(LocalDate date, boolean working, String note) {
    public static final int MAX_NOTE = 200;
}

package org.griddesk.core.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days of the Russian production calendar: Monday to Friday, except the holidays of the Labour Code
 * (art. 112) and the transfers of each year, which are the calendar's {@link CalendarDay}s.
 */
public final class WorkingCalendar {
    private final Map<LocalDate, CalendarDay> exceptions;

    public WorkingCalendar(Collection<CalendarDay> exceptions) {
        this.exceptions = exceptions.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity(),
                (first, second) -> second));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        if (exception != null) {
            return exception.working();
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code days}-th working day after {@code start}: «в течение N рабочих дней со дня получения» does not
     * count the day of receipt itself. Zero days is {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}

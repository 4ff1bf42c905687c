package org.griddesk.core.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The holidays and transfers of 2026 and early 2027 the tests count with (as the V16 migration seeds them). */
final class Calendars {
    private Calendars() {
    }

    static List<CalendarDay> turnOfTheYear() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day : new int[] {1, 2, 5, 6, 7, 8, 9}) {
            days.add(off(LocalDate.of(2026, 1, day)));
        }
        days.add(off(LocalDate.of(2026, 12, 31)));
        for (int day : new int[] {1, 4, 5, 6, 7, 8}) {
            days.add(off(LocalDate.of(2027, 1, day)));
        }
        days.add(off(LocalDate.of(2026, 11, 4)));
        return days;
    }

    static WorkingCalendar calendar() {
        return new WorkingCalendar(turnOfTheYear());
    }

    private static CalendarDay off(LocalDate date) {
        return new CalendarDay(date, false, "праздник");
    }
}

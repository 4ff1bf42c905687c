package org.griddesk.core.deadlines;

import java.util.List;

/** Port: the production calendar's exceptions to the plain week, kept by the administrator. */
public interface ProductionCalendar {
    List<CalendarDay> days();

    /** Adds the day or replaces the one on the same date. */
    void save(CalendarDay day);

    boolean delete(java.time.LocalDate date);
}

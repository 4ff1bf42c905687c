package org.griddesk.core.readings;

import java.time.LocalDate;

/** The days of each month a branch takes its customers' readings (§2.9). */
public record ReadingWindow(int fromDay, int toDay) {
    public ReadingWindow {
        if (fromDay < 1 || fromDay > 28 || toDay < fromDay || toDay > 31) {
            throw new IllegalArgumentException("Reading window " + fromDay + "–" + toDay);
        }
    }

    public boolean contains(LocalDate day) {
        return day.getDayOfMonth() >= fromDay && day.getDayOfMonth() <= Math.min(toDay, day.lengthOfMonth());
    }

    /** The first day of the window {@code day} falls in (of its month). */
    public LocalDate opening(LocalDate day) {
        return day.withDayOfMonth(fromDay);
    }

    /** What the portal shows outside the window, with the dates the seed leaves for the branch to fill. */
    public String closedMessage() {
        return "Внести показания Вы можете в период с " + fromDay + " по " + toDay + " число каждого месяца. "
                + "Просим быть внимательным к этим датам и вовремя вводить показания прибора учета";
    }
}

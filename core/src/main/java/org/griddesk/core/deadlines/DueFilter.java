package org.griddesk.core.deadlines;

import java.time.LocalDate;

/** The queue's «Срок» filter: the due dates it keeps, counted from today in working days. */
public enum DueFilter {
    OVERDUE("Просрочено"),
    DUE_TODAY("Срок сегодня"),
    DUE_IN_3_DAYS("Срок в ближайшие 3 раб. дн.");

    private final String title;

    DueFilter(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The first due date kept (null: no lower bound). */
    public LocalDate from(LocalDate today) {
        return this == OVERDUE ? null : today;
    }

    /** The last due date kept. */
    public LocalDate to(LocalDate today, WorkingCalendar calendar) {
        return switch (this) {
            case OVERDUE -> today.minusDays(1);
            case DUE_TODAY -> today;
            case DUE_IN_3_DAYS -> calendar.plusWorkingDays(today, 3);
        };
    }
}

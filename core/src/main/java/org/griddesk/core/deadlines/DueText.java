package org.griddesk.core.deadlines;

import java.time.LocalDate;

/** «Срок» as the queue and the card show it: the date and how many working days are left or overdue. */
public final class DueText {
    private DueText() {
    }

    public static String of(LocalDate dueOn, boolean paused, boolean missed, LocalDate today, WorkingCalendar calendar) {
        if (paused) {
            return "приостановлен (ожидание заявителя)" + (missed ? ", ранее срок нарушен" : "");
        }
        if (dueOn == null) {
            return missed ? "срок нарушен" : "";
        }
        String date = DeadlinePlanner.DAY.format(dueOn);
        if (dueOn.equals(today)) {
            return date + ", срок сегодня";
        }
        int days = calendar.workingDaysBetween(today, dueOn);
        if (dueOn.isAfter(today)) {
            return date + ", осталось " + days + " раб. дн.";
        }
        return date + ", просрочено на " + Math.max(1, -days) + " раб. дн.";
    }
}

package org.griddesk.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.deadlines.DueText;
import org.griddesk.core.deadlines.WorkingCalendar;

/**
 * One line of the queue as the table shows it: every cell already a display string. {@code overdue} marks a running
 * deadline already past, {@code missed} a stage that ended late (it stays marked after the case moves on).
 */
public record CaseQueueRow(long id, String registrationNumber, String kind, String title, String applicant,
                           String status, String created, String updated, String due, String assignee,
                           boolean overdue, boolean missed) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    public static CaseQueueRow of(CaseSummary summary, WorkingCalendar calendar, LocalDate today) {
        // The seed leaves the number empty until a clerk assigns one, so an empty cell is what clerks expect.
        String number = summary.registrationNumber() == null ? "" : summary.registrationNumber();
        String applicant = summary.applicantType().title() + " - " + summary.applicantName();
        String due = DueText.of(summary.dueOn(), summary.deadlinePaused(), summary.deadlineMissed(), today, calendar);
        boolean overdue = !summary.deadlinePaused() && summary.dueOn() != null && summary.dueOn().isBefore(today);
        return new CaseQueueRow(summary.id(), number, summary.kind().title(), summary.title(), applicant,
                summary.status(), format(summary.createdAt()), format(summary.updatedAt()), due,
                summary.assignee() == null ? "" : summary.assignee(), overdue, summary.deadlineMissed());
    }

    private static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}

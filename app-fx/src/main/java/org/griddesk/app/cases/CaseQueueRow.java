package org.griddesk.app.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.cases.CaseSummary;

/** One line of the queue as the table shows it: every cell already a display string. */
public record CaseQueueRow(long id, String registrationNumber, String kind, String title, String applicant,
                           String status, String created, String updated) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    public static CaseQueueRow of(CaseSummary summary) {
        // The seed leaves the number empty until a clerk assigns one, so an empty cell is what clerks expect.
        String number = summary.registrationNumber() == null ? "" : summary.registrationNumber();
        String applicant = summary.applicantType().title() + " - " + summary.applicantName();
        return new CaseQueueRow(summary.id(), number, summary.kind().title(), summary.title(), applicant,
                summary.status(), format(summary.createdAt()), format(summary.updatedAt()));
    }

    private static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}

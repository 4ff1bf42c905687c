package org.griddesk.core.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.griddesk.core.applicants.ApplicantType;

/**
 * A row of the case queue. {@code dueOn} is the running stage's due date (null when none runs or the clock stands:
 * {@code deadlinePaused}); {@code deadlineMissed} stays set once a stage ended late; {@code assignee} is the
 * «Исполнитель»'s full name or null.
 */
public record CaseSummary(long id, String registrationNumber, CaseKind kind, String title,
                          ApplicantType applicantType, String applicantName, String status,
                          Instant createdAt, Instant updatedAt, LocalDate dueOn, boolean deadlinePaused,
                          boolean deadlineMissed, String assignee) {
}

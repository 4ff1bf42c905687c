package org.griddesk.core.cases;

import java.time.Instant;
import org.griddesk.core.applicants.ApplicantType;

/** A row of the case queue. */
public record CaseSummary(long id, String registrationNumber, CaseKind kind, String title,
                          ApplicantType applicantType, String applicantName, String status,
                          Instant createdAt, Instant updatedAt) {
}

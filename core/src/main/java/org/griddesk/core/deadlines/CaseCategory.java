package org.griddesk.core.deadlines;

import java.math.BigDecimal;
import org.griddesk.core.applicants.ApplicantType;

/**
 * What the rules look at in a request: its kind, the applicant's type and, for grid connection, the requested
 * capacity and voltage (null when the request does not say) and whether the connection is temporary.
 */
public record CaseCategory(RequestKind kind, ApplicantType applicantType, BigDecimal capacityKw, BigDecimal voltageKv,
                           boolean temporary) {
}

package org.griddesk.core.portal;

import java.time.Instant;

/** Something an applicant sent that a workstation has taken in: a new case, or a reply to case {@code caseId}. */
public record PortalArrival(long submissionId, long caseId, boolean reply, String caseTitle, String caseNumber,
                            Instant takenInAt) {

    /** What a clerk's notification says, in Russian. */
    public String describe() {
        String number = caseNumber == null ? "" : " №" + caseNumber;
        return reply ? "Ответ заявителя по обращению" + number + " «" + caseTitle + "»"
                : "Новое обращение «" + caseTitle + "»";
    }
}

package org.griddesk.core.portal;

import java.time.Instant;
import java.util.List;

/** Something an applicant sent that a workstation has taken in: a new case, or a reply to case {@code caseId}. */
public record PortalArrival(long submissionId, long caseId, boolean reply, String caseTitle, String caseNumber,
                            Instant takenInAt) {

    /** What a clerk's notification of several arrivals at once says, in Russian. */
    public static String summarize(List<PortalArrival> arrivals) {
        if (arrivals.size() == 1) {
            return arrivals.getFirst().describe();
        }
        long replies = arrivals.stream().filter(PortalArrival::reply).count();
        return "Новых обращений: " + (arrivals.size() - replies) + ", ответов заявителей: " + replies;
    }

    /** What a clerk's notification of this arrival says, in Russian. */
    public String describe() {
        String number = caseNumber == null ? "" : " №" + caseNumber;
        return reply ? "Ответ заявителя по обращению" + number + " «" + caseTitle + "»"
                : "Новое обращение «" + caseTitle + "»";
    }
}

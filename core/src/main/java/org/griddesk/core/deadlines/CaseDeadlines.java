package org.griddesk.core.deadlines;

import java.util.List;
import java.util.Optional;

/** Port: the deadlines of cases, stage by stage, and the due date the queue sorts and filters by. */
public interface CaseDeadlines {
    /** What the rules need of a case, with the stage that runs now; empty when the case is gone. */
    Optional<PlannedCase> planned(long caseId);

    /**
     * Stores a step taken at {@code at}: the finished stage, the running one (inserted when its id is 0; a pause that
     * begins now is timed {@code at}), and the case's due date, pause and «missed» mark (kept once set); marks the
     * case planned.
     */
    void store(long caseId, DeadlineStep step, java.time.Instant at);

    /** Cases not planned yet (sent by the portal since the last look), oldest first. */
    List<Long> unplanned(int limit);

    /** Cases whose clock stands while the applicant has answered since (an applicant's item after the pause). */
    List<ApplicantAnswer> answeredWhilePaused(int limit);

    record PlannedCase(long caseId, CaseCategory category, String status, java.time.Instant receivedAt,
                       CaseDeadline current) {
    }

    record ApplicantAnswer(long caseId, java.time.Instant answeredAt) {
    }
}

package org.griddesk.core.deadlines;

import java.util.Optional;
import org.griddesk.core.cases.CaseStatuses;

/**
 * Which stage's clock a status runs (seed 002's statuses). Any other status — one the administrator added, such as a
 * closing one — ends the running stage.
 */
public final class StageStatuses {
    public static final String UNDER_REVIEW = CaseStatuses.SEEDED.get(1);
    /** «Запрос отсутствующих документов или сведений»: the clock stops until the applicant answers. */
    public static final String WAITING_FOR_APPLICANT = CaseStatuses.SEEDED.get(2);
    public static final String PREPARING_OFFER = CaseStatuses.SEEDED.get(3);
    public static final String CONTRACT_EXECUTION = CaseStatuses.SEEDED.get(4);

    private StageStatuses() {
    }

    /** The stage whose clock runs in {@code status}; while waiting for the applicant, the stage that is stopped. */
    public static Optional<DeadlineStage> stageOf(RequestKind kind, String status) {
        if (kind != RequestKind.GRID_CONNECTION) {
            return status.equals(CaseStatuses.INITIAL) || status.equals(WAITING_FOR_APPLICANT)
                    ? Optional.of(DeadlineStage.ANSWER) : Optional.empty();
        }
        if (status.equals(CaseStatuses.INITIAL)) {
            return Optional.of(DeadlineStage.MISSING_INFORMATION_NOTICE);
        }
        if (status.equals(UNDER_REVIEW) || status.equals(PREPARING_OFFER) || status.equals(WAITING_FOR_APPLICANT)) {
            return Optional.of(DeadlineStage.CONTRACT_DOCUMENTS);
        }
        return status.equals(CONTRACT_EXECUTION) ? Optional.of(DeadlineStage.CONTRACT_EXECUTION) : Optional.empty();
    }

    public static boolean pauses(String status) {
        return status.equals(WAITING_FOR_APPLICANT);
    }

    /** Stages counted from the day the request was received; the others from the day they begin. */
    static boolean countedFromReceipt(DeadlineStage stage) {
        return stage != DeadlineStage.CONTRACT_EXECUTION;
    }
}

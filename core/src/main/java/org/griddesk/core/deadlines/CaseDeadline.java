package org.griddesk.core.deadlines;

import java.time.LocalDate;

/**
 * The deadline of one stage of a case. Open while {@code finishedOn} is null; {@code pausedSince} is set while the
 * request waits for the applicant. {@code missed} is recorded when the stage ends after its due date, so a late
 * stage stays late after the case moves on.
 */
public record CaseDeadline(long id, DeadlineStage stage, Long ruleId, LocalDate startedOn, LocalDate dueOn,
                           LocalDate pausedSince, LocalDate finishedOn, boolean missed) {

    public boolean open() {
        return finishedOn == null;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    CaseDeadline pausedOn(LocalDate day) {
        return new CaseDeadline(id, stage, ruleId, startedOn, dueOn, day, null, false);
    }

    CaseDeadline resumedWith(LocalDate newDue) {
        return new CaseDeadline(id, stage, ruleId, startedOn, newDue, null, null, false);
    }

    /** Late when it ends after the due date, or was already past it when the clock stopped. */
    CaseDeadline finishedOn(LocalDate day) {
        LocalDate counted = paused() ? pausedSince : day;
        return new CaseDeadline(id, stage, ruleId, startedOn, dueOn, pausedSince, day, counted.isAfter(dueOn));
    }
}

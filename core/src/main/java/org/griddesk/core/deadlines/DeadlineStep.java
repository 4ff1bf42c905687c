package org.griddesk.core.deadlines;

import java.util.List;

/**
 * What one event does to a case's deadlines: the stage it ended (to store as finished), the stage that runs now (new
 * when its id is 0; null when none runs) and the history lines that explain it. {@code changed} is false when the
 * event touches no deadline.
 */
public record DeadlineStep(CaseDeadline finished, CaseDeadline current, List<DeadlineNote> notes) {
    public DeadlineStep {
        notes = List.copyOf(notes);
    }

    public boolean changed() {
        return !notes.isEmpty();
    }
}

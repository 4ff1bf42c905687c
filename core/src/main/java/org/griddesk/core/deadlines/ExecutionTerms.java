package org.griddesk.core.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the planned completion of a contract, the due date its execution stage got from the deadline rules. */
public interface ExecutionTerms {
    Optional<LocalDate> plannedCompletion(long caseId);
}

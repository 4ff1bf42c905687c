package org.griddesk.persistence.reports;

import org.griddesk.core.cases.CaseStatuses;
import org.jooq.Condition;

import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;

/**
 * A case's status changes are the case_history lines CaseService writes as «Текущий статус» (before → after). A case
 * is closed when it moves to a status outside the five working ones, as the deadlines see it (StageStatuses).
 */
final class StatusLines {
    private static final String WHAT = "Текущий статус";

    private StatusLines() {
    }

    static Condition statusChange() {
        return CASE_HISTORY.WHAT.eq(WHAT);
    }

    static Condition closing() {
        return statusChange().and(CASE_HISTORY.AFTER_VALUE.notIn(CaseStatuses.DICTIONARY));
    }
}

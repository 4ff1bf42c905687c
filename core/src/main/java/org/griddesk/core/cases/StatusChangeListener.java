package org.griddesk.core.cases;

import java.time.Instant;

/** Told of every status change inside the change's transaction (the deadlines move with it). */
public interface StatusChangeListener {
    void statusChanged(long caseId, String status, String operator, Instant at);
}

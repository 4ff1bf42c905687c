package org.griddesk.core.operators;

import java.time.Instant;
import org.griddesk.core.access.Operator;

/** An operator as the administrator's list shows them: with the version edits are based on, and any login lock. */
public record OperatorListing(Operator operator, long version, Instant lockedUntil) {
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}

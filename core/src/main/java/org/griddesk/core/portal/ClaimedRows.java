package org.griddesk.core.portal;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.portal.PortalInbox.PortalRow;

/**
 * Takes in claimed rows one at a time: the row's work and its marking run in one transaction, so a workstation that
 * dies halfway leaves the row to be claimed again and nothing half-done; a refusal rolls the work back and says why.
 */
final class ClaimedRows {
    private final PortalInbox inbox;
    private final Transactions transactions;
    private final Clock clock;

    ClaimedRows(PortalInbox inbox, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many rows were claimed (taken in or refused). */
    <T> int takeIn(PortalRow kind, List<T> claimed, ToLongFunction<T> id, Consumer<T> takeInAndMark) {
        for (T row : claimed) {
            try {
                transactions.run(() -> takeInAndMark.accept(row));
            } catch (DomainException refused) {
                inbox.refused(kind, id.applyAsLong(row), clock.instant(), refused.getMessage());
            }
        }
        return claimed.size();
    }
}

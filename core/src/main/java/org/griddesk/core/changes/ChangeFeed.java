package org.griddesk.core.changes;

import java.util.function.Consumer;

/**
 * Cases changed by anyone, this workstation included: what keeps every clerk's queue and open cards current
 * when several workstations share one database.
 */
public interface ChangeFeed {
    /**
     * Starts watching and hands ids of changed cases to {@code changedCaseIds} on a background thread, possibly
     * more than once for one change. Changes made before the call are not reported. Closing the result stops the
     * watching and its thread.
     */
    AutoCloseable start(Consumer<Long> changedCaseIds);
}

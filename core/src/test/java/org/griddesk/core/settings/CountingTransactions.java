package org.griddesk.core.settings;

import java.util.function.Supplier;
import org.griddesk.core.common.Transactions;

/** Runs the work directly, counting transactions and knowing whether one is open. */
final class CountingTransactions implements Transactions {
    private int started;
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    boolean inside() {
        return depth > 0;
    }

    int started() {
        return started;
    }
}

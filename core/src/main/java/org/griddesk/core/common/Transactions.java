package org.griddesk.core.common;

import java.util.function.Supplier;

/** Port: runs a multi-step change as one database transaction; anything thrown rolls it all back. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package org.griddesk.app.ui;

/**
 * Stops what a cancelled task is doing on its worker thread, beyond dropping its result: a database query the
 * operator has superseded is cancelled in the database. Asked on the FX thread while the task still runs, it only
 * names the work ({@link #stopperFor}); the stopping itself happens on another thread.
 */
@FunctionalInterface
public interface TaskCancellation {
    TaskCancellation NONE = worker -> () -> { };

    /** What stops the work {@code worker} is doing right now; nothing when it is doing none. */
    Runnable stopperFor(Thread worker);
}

package org.griddesk.app.ui;

/**
 * "Newest request wins": a view model that reloads as the operator types or as changes arrive starts each load
 * through this; the load before it is cancelled, and its result is never shown even if it arrives later.
 */
public final class LatestRequest {
    private final TaskExecutor executor;
    private TaskHandle current;

    public LatestRequest(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Call on the FX thread. */
    public <T> void run(BackgroundTask<T> task) {
        cancel();
        current = executor.execute(task);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}

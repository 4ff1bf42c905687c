package org.griddesk.app.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs {@link BackgroundTask}s and hands their results back where the view models live (the FX thread).
 * The FX implementation uses worker threads; tests of view models run tasks on their own thread.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Whether anything is running, for the status bar. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the newest running task, or empty. */
    ReadOnlyStringProperty activityProperty();

    /** The newest task's progress from 0 to 1, or {@code -1} while it reports none. */
    ReadOnlyDoubleProperty progressProperty();

    @Override
    void close();
}

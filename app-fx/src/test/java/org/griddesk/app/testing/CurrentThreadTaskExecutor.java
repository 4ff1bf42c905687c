package org.griddesk.app.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.TaskHandle;
import org.griddesk.app.ui.TaskProgress;

/**
 * View-model tests without the FX toolkit: tasks run on the test's own thread, at once — or, when held, only
 * when the test releases them, newest first if it likes (to finish an older load after a newer one).
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Consumer<Throwable> defaultFailureHandler;
    private final Deque<Runnable> held = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private boolean holding;

    public CurrentThreadTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    /** From now on tasks wait until the test releases them. */
    public void hold() {
        holding = true;
    }

    public int heldCount() {
        return held.size();
    }

    /** Runs the task started last, leaving the others waiting. */
    public void releaseNewest() {
        held.pollLast().run();
    }

    /** Runs the waiting tasks in the order they were started, and stops holding. */
    public void releaseAll() {
        holding = false;
        while (!held.isEmpty()) {
            held.pollFirst().run();
        }
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        Runnable run = () -> {
            T result;
            try {
                result = task.work().run(handle);
            } catch (Throwable failure) {
                if (!handle.cancelled) {
                    (task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler).accept(failure);
                }
                return;
            }
            if (!handle.cancelled) {
                task.successHandler().accept(result);
            }
        };
        if (holding) {
            held.addLast(run);
        } else {
            run.run();
        }
        return handle;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        held.clear();
    }

    private final class Handle implements TaskHandle, TaskProgress {
        private boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void update(long done, long total) {
            progress.set(total <= 0 ? -1 : (double) done / total);
        }
    }
}

package org.griddesk.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BackgroundTask}s off the FX thread and hands their results back on it. Exposes whether
 * anything is running and what, so the window can show progress.
 */
public class UiTaskExecutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UiTaskExecutor.class);

    private final ExecutorService workers = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "griddesk-background");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final Consumer<Throwable> defaultFailureHandler;

    public UiTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    public <T> void execute(BackgroundTask<T> task) {
        started(task.title());
        workers.execute(() -> {
            try {
                T result = task.work().call();
                Platform.runLater(() -> {
                    finished();
                    task.successHandler().accept(result);
                });
            } catch (Throwable failure) {
                LOG.warn("Background task '{}' failed: {}", task.title(), failure.toString());
                LOG.debug("Background task failure", failure);
                Platform.runLater(() -> {
                    finished();
                    Consumer<Throwable> handler = task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler;
                    handler.accept(failure);
                });
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    private void started(String title) {
        running.incrementAndGet();
        runOnFx(() -> {
            busy.set(true);
            activity.set(title);
        });
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            activity.set("");
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

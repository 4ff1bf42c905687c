package org.griddesk.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BackgroundTask}s on worker threads and hands their results back on the FX thread. Exposes whether
 * anything is running, what, and how far, so the window can show progress. A cancelled task's result is dropped.
 */
public class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(3, 3, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "griddesk-background");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    // Cancelling a query must never wait on the FX thread: the database's answer to a cancel request comes here.
    private final ExecutorService stoppers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "griddesk-cancel");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> defaultFailureHandler;
    private volatile TaskCancellation cancellation = TaskCancellation.NONE;

    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    /** From when the database is known (after start-up): cancelled tasks have their queries stopped there too. */
    public void stopCancelledWorkWith(TaskCancellation stopping) {
        this.cancellation = stopping;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        started(task.title());
        Running handle = new Running();
        handle.future = workers.submit(() -> {
            if (!handle.begin()) {
                return;
            }
            handle.runsOn(Thread.currentThread());
            try {
                T result = task.work().run(handle);
                handle.runsOn(null);
                Platform.runLater(() -> {
                    finished();
                    if (!handle.cancelled()) {
                        task.successHandler().accept(result);
                    }
                });
            } catch (Throwable failure) {
                handle.runsOn(null);
                if (handle.cancelled()) {
                    LOG.debug("Cancelled task '{}' ended with {}", task.title(), failure.toString());
                } else {
                    LOG.warn("Background task '{}' failed", task.title(), failure);
                }
                Platform.runLater(() -> {
                    finished();
                    if (!handle.cancelled()) {
                        Consumer<Throwable> handler = task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler;
                        handler.accept(failure);
                    }
                });
            }
        });
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

    private void started(String title) {
        running.incrementAndGet();
        runOnFx(() -> {
            busy.set(true);
            activity.set(title);
            progress.set(-1);
        });
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            activity.set("");
            progress.set(-1);
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * No new work and the waiting work dropped; what runs ends by itself, since an interrupt can close the
     * connection or the H2 file under it (and with it the database for everyone else in this process).
     */
    @Override
    public void close() {
        workers.shutdown();
        workers.getQueue().clear();
        stoppers.shutdown();
    }

    private final class Running implements TaskHandle, TaskProgress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        /** Taken by the worker when the task begins, or by a cancel before that: whoever takes it ends the task. */
        private final AtomicBoolean owned = new AtomicBoolean();
        private volatile Future<?> future;
        private Thread worker;

        /** False when the task was cancelled before it began: it must not run. */
        boolean begin() {
            return owned.compareAndSet(false, true);
        }

        /** The worker while the task runs, null before and after: a late cancel never reaches the next task. */
        synchronized void runsOn(Thread thread) {
            worker = thread;
        }

        @Override
        public void cancel() {
            // Never interrupt: an interrupted JDBC or file call can close the connection or the H2 file under it.
            if (cancelled.compareAndSet(false, true) && future != null) {
                future.cancel(false);
                if (owned.compareAndSet(false, true)) {
                    // It never began, so it will never say it finished: the window would show it busy for good.
                    runOnFx(FxTaskExecutor.this::finished);
                    return;
                }
                Runnable stopper;
                synchronized (this) {
                    stopper = worker == null ? null : cancellation.stopperFor(worker);
                }
                if (stopper != null) {
                    stoppers.execute(stopper);
                }
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void update(long done, long total) {
            double fraction = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
            runOnFx(() -> progress.set(fraction));
        }
    }
}

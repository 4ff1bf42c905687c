package org.griddesk.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (database, files, signing, mail), with what to do with its
 * result back on the FX thread. Run it with a {@link TaskExecutor}; it may report progress and be cancelled.
 */
public final class BackgroundTask<T> {
    /** The work itself; {@code progress} reports how far it got and whether it should stop. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskProgress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** {@code title} is shown to the operator while the work runs ("Загрузка обращений…"). */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, progress -> work.call());
    }

    /** Work that reports progress or stops early when the operator cancels. */
    public static <T> BackgroundTask<T> withProgress(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Without a handler, failures go to the executor's default (an error dialog). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    /** Null when the executor's default handles failures. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}

package org.griddesk.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (database, files, signing, mail), with what to do with its
 * result back on the FX thread. Run it with {@link UiTaskExecutor}.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(String title, Callable<T> work) {
        this.title = title;
        this.work = work;
    }

    /** {@code title} is shown to the operator while the work runs ("Загрузка обращений…"). */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
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

    String title() {
        return title;
    }

    Callable<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}

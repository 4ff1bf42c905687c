package org.griddesk.app.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FX thread's last resort: a failure nothing else caught is logged with its stack trace and shown to the
 * operator in Russian — never as a Java class name.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);

    private final DialogService dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtFailures(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught failure on {}", thread.getName(), failure);
        // A glitch inside JavaFX's own layout or rendering is nothing the operator can act on, and a modal
        // dialog opened in the middle of a layout pass would block the window: it is only logged.
        if (insideJavaFx(failure)) {
            return;
        }
        // A failure while the dialog itself is shown must not open dialogs without end.
        if (showing.compareAndSet(false, true)) {
            try {
                dialogs.showError("Ошибка", UserMessages.describe(failure));
            } finally {
                showing.set(false);
            }
        }
    }

    private static boolean insideJavaFx(Throwable failure) {
        StackTraceElement[] stack = failure.getStackTrace();
        return stack.length > 0 && (stack[0].getClassName().startsWith("com.sun.javafx.")
                || stack[0].getClassName().startsWith("javafx."));
    }
}

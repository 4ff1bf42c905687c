package org.griddesk.app.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** The FX toolkit for view-model tests (no window), and waiting for background work to come back. */
public final class Fx {
    private static boolean started;

    private Fx() {
    }

    /**
     * Starts the toolkit through TestFX rather than Platform.startup: started the plain way, the toolkit gave
     * TestFX tests running later in the same JVM a window that never received the robot's mouse clicks.
     */
    public static synchronized void startToolkit() {
        if (!started) {
            try {
                FxToolkit.registerPrimaryStage();
            } catch (TimeoutException e) {
                throw new IllegalStateException("The JavaFX toolkit did not start", e);
            }
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    /** Evaluates {@code condition} on the FX thread until it holds; fails after {@code timeout}. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + what);
            }
        }
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, Duration.ofSeconds(30), condition);
    }

    /** Runs on the FX thread and returns the result. */
    public static <T> T call(Supplier<T> action) {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}

package org.griddesk.app.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database every few seconds whether it is there. While it is not, the window shows a banner (the
 * clerk's unsaved input stays where it is); when it answers again, the views reload.
 */
public final class DatabaseWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWatch.class);

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(true);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "griddesk-database-watch");
        thread.setDaemon(true);
        return thread;
    });

    public DatabaseWatch(BooleanSupplier reachable, EventBus events, long periodMillis) {
        timer.scheduleWithFixedDelay(() -> {
            boolean now = reachable.getAsBoolean();
            Platform.runLater(() -> {
                if (now != available.get()) {
                    LOG.warn(now ? "Database reachable again" : "Database not reachable");
                    available.set(now);
                    if (now) {
                        events.publish(new ConnectionRestoredEvent());
                    }
                }
            });
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package org.griddesk.app.sync;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.griddesk.app.cases.CaseChangedEvent;
import org.griddesk.app.ui.EventBus;
import org.griddesk.core.changes.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns changes made on any workstation into {@link CaseChangedEvent}s on the FX thread, so queues and open cards
 * refresh as they do after a local save. Ids arriving close together go out in one FX task: a burst of changes
 * (an import, a signing with its note) costs one round of reloads rather than a storm of them.
 */
public final class RemoteChanges implements AutoCloseable {
    static final Duration BATCH = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(RemoteChanges.class);

    private final ChangeFeed feed;
    private final EventBus events;
    private final Duration batch;
    private final Set<Long> pending = new LinkedHashSet<>();
    private ScheduledExecutorService timer;
    private AutoCloseable subscription;
    private volatile boolean open;

    public RemoteChanges(ChangeFeed feed, EventBus events) {
        this(feed, events, BATCH);
    }

    RemoteChanges(ChangeFeed feed, EventBus events, Duration batch) {
        this.feed = feed;
        this.events = events;
        this.batch = batch;
    }

    public synchronized void start() {
        if (subscription != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("griddesk-remote-changes").factory());
        open = true;
        subscription = feed.start(this::arrived);
    }

    private void arrived(Long caseId) {
        synchronized (pending) {
            boolean batchStarts = pending.isEmpty();
            pending.add(caseId);
            if (batchStarts) {
                try {
                    timer.schedule(this::flush, batch.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException closing) {
                    pending.clear();
                }
            }
        }
    }

    private void flush() {
        List<Long> caseIds;
        synchronized (pending) {
            caseIds = List.copyOf(pending);
            pending.clear();
        }
        Platform.runLater(() -> {
            for (Long caseId : caseIds) {
                if (open) {
                    events.publish(new CaseChangedEvent(caseId));
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        open = false;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Change feed did not stop cleanly", e);
            }
            subscription = null;
            timer.shutdownNow();
        }
    }
}

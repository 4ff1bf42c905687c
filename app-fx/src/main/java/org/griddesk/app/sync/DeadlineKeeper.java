package org.griddesk.app.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.griddesk.core.deadlines.DeadlineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the deadlines of cases the portal sent and runs on the clocks of those whose applicant answered, on one
 * daemon thread: at start, then every half minute. One workstation of many does it at a time (the service's lease).
 */
public final class DeadlineKeeper implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineKeeper.class);

    private final DeadlineService deadlines;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "griddesk-deadline-keeper");
        thread.setDaemon(true);
        return thread;
    });

    public DeadlineKeeper(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::catchUpOnce, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void catchUpOnce() {
        try {
            int changed = deadlines.catchUp();
            if (changed > 0) {
                LOG.info("Deadlines planned or run on for {} cases", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Deadline catch-up failed, retried in {} s: {}", INTERVAL.toSeconds(), e.toString());
        }
    }

    /** Lets a run in progress end: an interrupt would close H2's file under it. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Deadline catch-up still busy at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

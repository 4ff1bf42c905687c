package org.griddesk.app.sync;

import java.time.Duration;
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
    private final PeriodicJob job = new PeriodicJob("griddesk-deadline-keeper", this::catchUpOnce);

    public DeadlineKeeper(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    public void start() {
        job.start(Duration.ZERO, INTERVAL);
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

    @Override
    public void close() {
        job.close();
    }
}

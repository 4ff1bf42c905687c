package org.griddesk.app.sync;

import java.time.Duration;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.HousekeepingReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes registrations not activated in time without anyone running {@code ./griddesk housekeeping}, on one daemon
 * thread: a minute after start (not during the start's own work), then every hour. One workstation of many does it
 * at a time (the housekeeping's lease); the others' runs find the job taken and do nothing.
 */
public final class HousekeepingKeeper implements AutoCloseable {
    public static final Duration FIRST_RUN = Duration.ofMinutes(1);
    public static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingKeeper.class);

    private final Housekeeping housekeeping;
    private final PeriodicJob job = new PeriodicJob("griddesk-housekeeping", this::runOnce);

    public HousekeepingKeeper(Housekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    public void start() {
        start(FIRST_RUN, INTERVAL);
    }

    void start(Duration first, Duration every) {
        job.start(first, every);
    }

    private void runOnce() {
        try {
            HousekeepingReport report = housekeeping.run();
            if (report.removed() > 0) {
                LOG.info("Housekeeping removed {} registrations not activated in time", report.removed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping failed, retried in {} min: {}", INTERVAL.toMinutes(), e.toString());
        }
    }

    @Override
    public void close() {
        job.close();
    }
}

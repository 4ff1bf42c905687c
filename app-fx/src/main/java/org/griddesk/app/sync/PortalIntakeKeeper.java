package org.griddesk.app.sync;

import java.time.Duration;
import org.griddesk.core.portal.PortalIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in what the portal wrote to the shared database on every workstation, every second, on one daemon thread;
 * the intake's claims make each row one workstation's. A full batch is followed at once by the next.
 */
public final class PortalIntakeKeeper implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PortalIntakeKeeper.class);

    private final PortalIntake intake;
    private final PeriodicJob job = new PeriodicJob("griddesk-portal-intake", this::takeInOnce);

    public PortalIntakeKeeper(PortalIntake intake) {
        this.intake = intake;
    }

    public void start() {
        job.start(Duration.ZERO, INTERVAL);
    }

    private void takeInOnce() {
        try {
            int taken;
            do {
                taken = intake.takeIn();
            } while (taken == PortalIntake.BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Taking in what the portal wrote failed, retried in {} s: {}", INTERVAL.toSeconds(), e.toString());
        }
    }

    @Override
    public void close() {
        job.close();
    }
}

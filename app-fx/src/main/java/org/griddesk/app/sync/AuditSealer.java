package org.griddesk.app.sync;

import java.time.Duration;
import org.griddesk.core.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chains this and other workstations' appended audit records every second, on one daemon thread; sealers on several
 * workstations take turns on the chain's head. A failed run (database away) is retried on the next tick.
 */
public final class AuditSealer implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditService audit;
    private final PeriodicJob job = new PeriodicJob("griddesk-audit-sealer", this::sealOnce);

    public AuditSealer(AuditService audit) {
        this.audit = audit;
    }

    public void start() {
        job.start(INTERVAL, INTERVAL);
    }

    private void sealOnce() {
        try {
            audit.seal();
        } catch (RuntimeException e) {
            LOG.debug("Audit sealing skipped this time: {}", e.toString());
        }
    }

    /**
     * Lets a run in progress end (an interrupt would close H2's file under it), then seals what is left, so that a
     * workstation closing leaves nothing unchained that it could have chained.
     */
    @Override
    public void close() {
        if (job.stop()) {
            sealOnce();
        }
    }
}

package org.griddesk.app.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "griddesk-audit-sealer");
        thread.setDaemon(true);
        return thread;
    });

    public AuditSealer(AuditService audit) {
        this.audit = audit;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::sealOnce, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
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
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Audit sealing still busy at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sealOnce();
    }
}

package org.griddesk.app.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.griddesk.core.notifications.DeliveryReport;
import org.griddesk.core.notifications.OutboxDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: every {@code interval}, and shortly after {@link #trigger()}. One
 * daemon thread, so runs never overlap and the FX thread never waits for a mail server. The short delay of a
 * trigger lets the transaction that queued the message commit first, and folds bursts into one run.
 */
public final class OutboxWorker implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
    public static final Duration DEFAULT_TRIGGER_DELAY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxDelivery delivery;
    private final Clock clock;
    private final Duration interval;
    private final Duration triggerDelay;
    private final AtomicBoolean triggered = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile DeliveryReport lastReport = DeliveryReport.NOTHING;

    public OutboxWorker(OutboxDelivery delivery, Clock clock, Duration interval, Duration triggerDelay) {
        this.delivery = delivery;
        this.clock = clock;
        this.interval = interval;
        this.triggerDelay = triggerDelay;
    }

    public OutboxWorker(OutboxDelivery delivery, Clock clock) {
        this(delivery, clock, DEFAULT_INTERVAL, DEFAULT_TRIGGER_DELAY);
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "griddesk-outbox");
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pool.scheduleWithFixedDelay(this::runOnce, triggerDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = pool;
        LOG.info("Outbox delivery started, every {}", interval);
    }

    /** Waits a little for a run in progress; a message cut off mid-send is retried after its claim lapses. */
    public synchronized void stop() {
        ScheduledExecutorService pool = executor;
        if (pool == null) {
            return;
        }
        executor = null;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Outbox delivery still busy at shutdown; interrupting it");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        triggered.set(false);
        LOG.info("Outbox delivery stopped");
    }

    /** Asks for a run soon, e.g. after a message was queued or resent; calls in a burst make one run. */
    public void trigger() {
        ScheduledExecutorService pool = executor;
        if (pool != null && triggered.compareAndSet(false, true)) {
            try {
                pool.schedule(() -> {
                    triggered.set(false);
                    runOnce();
                }, triggerDelay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                triggered.set(false); // stopped meanwhile: the next start delivers anyway
            }
        }
    }

    public boolean running() {
        return executor != null;
    }

    public DeliveryReport lastReport() {
        return lastReport;
    }

    @Override
    public void close() {
        stop();
    }

    /** Never lets an exception escape: it would silently cancel the periodic schedule. */
    private void runOnce() {
        try {
            lastReport = delivery.deliverDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Outbox delivery run failed; will try again in {}", interval, e);
        }
    }
}

package org.griddesk.app.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A workstation's background job on a daemon thread of its own, run again a fixed delay after each run. */
final class PeriodicJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Runnable run;
    private final ScheduledExecutorService timer;

    PeriodicJob(String name, Runnable run) {
        this.name = name;
        this.run = run;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void start(Duration first, Duration every) {
        timer.scheduleWithFixedDelay(run, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a run in progress end rather than interrupting it (an interrupt would close H2's file under it).
     * False when this thread was interrupted while waiting.
     */
    boolean stop() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{} still busy at shutdown", name);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

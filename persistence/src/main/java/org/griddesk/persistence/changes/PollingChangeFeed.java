package org.griddesk.persistence.changes;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.griddesk.core.changes.ChangeFeed;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For databases without notifications (the H2 file, shared through AUTO_SERVER): asks every second which cases
 * have a newer "last change" time. Timeline items and signatures move that time too (CaseRepository.markChanged).
 */
public final class PollingChangeFeed implements ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(PollingChangeFeed.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DSLContext dsl;
    private final Duration interval;

    public PollingChangeFeed(DSLContext dsl) {
        this(dsl, Duration.ofSeconds(1));
    }

    PollingChangeFeed(DSLContext dsl, Duration interval) {
        this.dsl = dsl;
        this.interval = interval;
    }

    /**
     * Takes the starting point before returning, so that a change made right after this call is reported.
     * Closing signals the thread rather than interrupting it: an interrupt inside embedded H2's file I/O closes
     * the database file for every connection of the process.
     */
    @Override
    public AutoCloseable start(Consumer<Long> changedCaseIds) {
        RecentChanges recent = new RecentChanges(dsl);
        recent.baseline();
        CountDownLatch stop = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().daemon().name("griddesk-changes-poll-" + THREADS.incrementAndGet())
                .start(() -> run(recent, changedCaseIds, stop));
        return () -> {
            stop.countDown();
            thread.join(Duration.ofSeconds(10));
        };
    }

    private void run(RecentChanges recent, Consumer<Long> consumer, CountDownLatch stop) {
        try {
            while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                poll(recent, consumer, stop);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void poll(RecentChanges recent, Consumer<Long> consumer, CountDownLatch stop) {
        try {
            for (Long id : recent.poll()) {
                if (stop.getCount() == 0) {
                    return;
                }
                consumer.accept(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("Change feed could not poll for changed cases: {}", e.getMessage());
        }
    }
}

package org.griddesk.persistence.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.changes.TwoWorkstations.next;
import static org.griddesk.persistence.changes.TwoWorkstations.queue;

/** Two workstations on one embedded PostgreSQL database, the second one listening. */
class PostgresChangeFeedTest {

    private static TwoWorkstations workstations() {
        return TwoWorkstations.on(TestDatabase.POSTGRES.open());
    }

    @Test
    void newCasesStatusChangesAndTimelineChangesReachTheOtherWorkstationWithinTwoSeconds() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long id = w.newCase(TestData.T0);
            BlockingQueue<Long> delivered = queue();
            assertThat(ChangeFeeds.forDatabase(w.there())).isInstanceOf(PostgresChangeFeed.class);
            try (AutoCloseable feed = ChangeFeeds.forDatabase(w.there()).start(delivered::add)) {
                long arrived = w.newCase(TestData.T0);
                assertThat(next(delivered, 2)).isEqualTo(arrived);

                w.cases().updateStatusAndNumber(id, 0, CaseStatuses.INITIAL, "Подготовка оферты договора", "17", Instant.now());
                assertThat(next(delivered, 2)).isEqualTo(id);

                // One transaction touching the case twice (item and "last change") arrives once.
                long item = w.here().dsl().transactionResult(tx -> w.cases().addItem(id,
                        new StatusNoteItem(0, Side.ORGANISATION, Instant.now(), "Иванова", "Ведется проектирование")));
                assertThat(next(delivered, 2)).isEqualTo(id);
                assertThat(next(delivered, 1)).isNull();

                // The timeline trigger alone, without the repository moving the case's time.
                w.here().dsl().execute("UPDATE timeline_item SET body = 'Проектирование завершено' WHERE id = ?", item);
                assertThat(next(delivered, 2)).isEqualTo(id);
            }
        }
    }

    @Test
    void keepsDeliveringAfterTheServerDropsTheListeningConnection() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long id = w.newCase(TestData.T0);
            BlockingQueue<Long> delivered = queue();
            try (AutoCloseable feed = ChangeFeeds.forDatabase(w.there()).start(delivered::add)) {
                int killed = listeningBackend(w.here().dsl());
                w.here().dsl().execute("SELECT pg_terminate_backend(?)", killed);

                // Made while the feed is away or just back: the catch-up or the notification reports it.
                w.cases().markChanged(id, Instant.now());
                assertThat(next(delivered, 10)).isEqualTo(id);

                awaitNewListener(w.here().dsl(), killed);
                delivered.clear();
                w.cases().markChanged(id, Instant.now());
                assertThat(next(delivered, 2)).isEqualTo(id);
            }
        }
    }

    @Test
    void closingStopsTheThread() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long id = w.newCase(TestData.T0);
            AtomicReference<Thread> listeningThread = new AtomicReference<>();
            BlockingQueue<Long> delivered = queue();
            AutoCloseable feed = ChangeFeeds.forDatabase(w.there()).start(changed -> {
                listeningThread.set(Thread.currentThread());
                delivered.add(changed);
            });
            w.cases().markChanged(id, Instant.now());
            assertThat(next(delivered, 2)).isEqualTo(id);
            feed.close();
            assertThat(listeningThread.get().isAlive()).isFalse();
        }
    }

    private static int listeningBackend(DSLContext dsl) {
        int pid = listeningBackendOrZero(dsl);
        assertThat(pid).as("a listening backend").isNotZero();
        return pid;
    }

    private static int listeningBackendOrZero(DSLContext dsl) {
        Integer pid = dsl.fetchOptional("SELECT pid FROM pg_stat_activity WHERE application_name = ? "
                        + "AND datname = current_database()", PostgresChangeFeed.APPLICATION_NAME)
                .map(row -> row.get(0, Integer.class)).orElse(null);
        return pid == null ? 0 : pid;
    }

    /** The server needs a moment to clear the killed session from its activity view, the feed to reconnect. */
    private static void awaitNewListener(DSLContext dsl, int killed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int pid;
        while ((pid = listeningBackendOrZero(dsl)) == 0 || pid == killed) {
            assertThat(System.nanoTime()).as("the feed reconnects").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

package org.griddesk.persistence.changes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.changes.TwoWorkstations.next;
import static org.griddesk.persistence.changes.TwoWorkstations.queue;

/** Two workstations sharing one H2 file (AUTO_SERVER), the second one polling. */
class PollingChangeFeedTest {
    @TempDir
    Path home;

    private TwoWorkstations workstations() {
        return TwoWorkstations.on(Database.open(DatabaseSettings.embeddedH2(home)));
    }

    @Test
    void aChangeOnOneWorkstationReachesTheOtherWithinTwoSeconds() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long id = w.newCase(TestData.T0);
            BlockingQueue<Long> delivered = queue();
            assertThat(ChangeFeeds.forDatabase(w.there())).isInstanceOf(PollingChangeFeed.class);
            try (AutoCloseable feed = ChangeFeeds.forDatabase(w.there()).start(delivered::add)) {
                w.cases().markChanged(id, Instant.now());
                assertThat(next(delivered, 2)).isEqualTo(id);
            }
        }
    }

    @Test
    void casesChangedAtTheSameMomentAndNewCasesDatedInThePastAreAllReported() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long first = w.newCase(TestData.T0);
            long second = w.newCase(TestData.T0);
            Instant moment = Instant.now();
            BlockingQueue<Long> delivered = queue();
            try (AutoCloseable feed = new PollingChangeFeed(w.there().dsl()).start(delivered::add)) {
                w.cases().markChanged(first, moment);
                assertThat(next(delivered, 2)).isEqualTo(first);
                w.cases().markChanged(second, moment);
                assertThat(next(delivered, 2)).isEqualTo(second);
                long arrived = w.newCase(TestData.T0.minusSeconds(86_400));
                assertThat(next(delivered, 2)).isEqualTo(arrived);
                assertThat(next(delivered, 2)).as("nothing reported twice").isNull();
            }
        }
    }

    @Test
    void closingStopsTheThread() throws Exception {
        try (TwoWorkstations w = workstations()) {
            long id = w.newCase(TestData.T0);
            AtomicReference<Thread> pollingThread = new AtomicReference<>();
            BlockingQueue<Long> delivered = queue();
            AutoCloseable feed = ChangeFeeds.forDatabase(w.there()).start(changed -> {
                pollingThread.set(Thread.currentThread());
                delivered.add(changed);
            });
            w.cases().markChanged(id, Instant.now());
            assertThat(next(delivered, 2)).isEqualTo(id);
            feed.close();
            assertThat(pollingThread.get().isAlive()).isFalse();
            assertThat(pollingThread.get().isDaemon()).isTrue();
        }
    }
}

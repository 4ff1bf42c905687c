package org.griddesk.persistence.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.registrations.Forms.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqJobLockTest {
    private static final Duration LEASE = Duration.ofMinutes(15);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneHolderAtATimeUntilTheLeaseRunsOutOrIsReleased(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqJobLock lock = new JooqJobLock(database.dsl());

            assertThat(lock.tryAcquire("housekeeping", "WS-01", LEASE, T0)).isTrue();
            assertThat(lock.tryAcquire("housekeeping", "WS-02", LEASE, T0.plusSeconds(60))).isFalse();
            assertThat(lock.tryAcquire("other-job", "WS-02", LEASE, T0.plusSeconds(60))).isTrue();
            assertThat(lock.tryAcquire("housekeeping", "WS-01", LEASE, T0.plusSeconds(120))).as("renewal").isTrue();
            assertThat(lock.tryAcquire("housekeeping", "WS-02", LEASE, T0.plus(LEASE))).as("renewed lease").isFalse();
            assertThat(lock.tryAcquire("housekeeping", "WS-02", LEASE, T0.plus(LEASE).plusSeconds(121)))
                    .as("lease of a crashed holder ran out").isTrue();
            assertThat(lock.tryAcquire("housekeeping", "WS-01", LEASE, T0.plus(LEASE).plusSeconds(180))).isFalse();

            lock.release("housekeeping", "WS-01");
            assertThat(lock.tryAcquire("housekeeping", "WS-03", LEASE, T0.plus(LEASE).plusSeconds(240)))
                    .as("a stranger's release changes nothing").isFalse();
            lock.release("housekeeping", "WS-02");
            assertThat(lock.tryAcquire("housekeeping", "WS-03", LEASE, T0.plus(LEASE).plusSeconds(240))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoWorkstationsRacingGetExactlyOneWinner(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            JooqJobLock lock = new JooqJobLock(database.dsl());
            for (int round = 0; round < 25; round++) {
                String job = "job-" + round;
                // First use: both try to insert the row.
                assertThat(race(pool, lock, job, T0)).as("first use, round " + round).isEqualTo(1);
                // The winner's lease ran out: both try to take it over with the UPDATE.
                assertThat(race(pool, lock, job, T0.plus(LEASE).plusSeconds(1))).as("expired, round " + round)
                        .isEqualTo(1);
            }
        }
    }

    /** Starts both workstations at the same moment and counts how many got the lease. */
    private static long race(ExecutorService pool, JooqJobLock lock, String job, java.time.Instant now) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String holder : List.of("WS-A-" + now, "WS-B-" + now)) {
            results.add(pool.submit(() -> {
                start.await();
                return lock.tryAcquire(job, holder, LEASE, now);
            }));
        }
        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        return winners;
    }
}

package org.griddesk.persistence.load;

import java.time.Duration;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Simulated clerks on the embedded PostgreSQL changing statuses and numbers and adding notes on overlapping
 * cases. Not a timed test: it checks that nothing is lost and prints the throughput. By default it runs a few
 * seconds; the full load is {@code -Dgriddesk.load.seconds=60 -Dgriddesk.load.clerks=20} (see README), which
 * also runs pgbench's simple-update on the same server when pgbench is installed.
 */
class ClerkLoadTest {
    @Test
    void clerksOnOverlappingCasesLoseNothing() throws Exception {
        int seconds = Integer.getInteger("griddesk.load.seconds", 4);
        int clerks = Integer.getInteger("griddesk.load.clerks", 8);
        // Each clerk is a workstation of their own: a connection each, as pgbench's clients have.
        try (Database database = TestDatabase.POSTGRES.open(clerks)) {
            ClerkWorkload workload = new ClerkWorkload(database.dsl());
            workload.seed();
            double perSecond = workload.run(clerks, Duration.ofSeconds(seconds));
            System.out.printf("GridDesk load: %d clerks, %d s, %d operations (%.1f/s): %s%n", clerks, seconds,
                    workload.operations(), perSecond, workload.counts());
            Pgbench.simpleUpdate(TestDatabase.server(), clerks, seconds).ifPresent(tps ->
                    System.out.printf("pgbench simple-update, %d clients, %d s: %.1f tps%n", clerks, seconds, tps));

            long sealStart = System.nanoTime();
            long sealed = workload.audit().seal();
            System.out.printf("Audit: %d records sealed after the run in %.0f ms%n", sealed, (System.nanoTime() - sealStart) / 1e6);
            workload.assertNothingLost();
        }
    }
}

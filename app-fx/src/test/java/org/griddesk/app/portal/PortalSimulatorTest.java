package org.griddesk.app.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.griddesk.app.cli.GridDeskCli;
import org.griddesk.app.cli.Workstation;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.load.ClerkWorkload;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_COUNT;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.PORTAL_COUNTER_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;

/**
 * {@code griddesk portal-sim} against a running workstation on PostgreSQL while the clerk load test's clerks work
 * beside it: every row the simulator writes is taken in, rightly, and every invariant of the clerks' work holds.
 * CI runs 10 s; the full run is {@code -Dgriddesk.load.seconds=60} (README, "Load test").
 */
class PortalSimulatorTest {
    @Test
    void whatTheSimulatedCustomersWriteIsTakenInAndReadBackWhileClerksWork(@TempDir Path home) throws Exception {
        int seconds = Integer.getInteger("griddesk.load.seconds", 10);
        int clerks = Integer.getInteger("griddesk.load.clerks", 8);
        try (EmbeddedPostgres server = EmbeddedPostgres.start();
             ConfigurableApplicationContext workstation = PortalWorkstations.start(server, home);
             Database clerksDatabase = Database.open(new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"),
                     "postgres", "postgres"), clerks)) {
            ClerkWorkload clerkLoad = new ClerkWorkload(clerksDatabase.dsl());
            clerkLoad.seed();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Workstation sameHome = new Workstation(home, true, List.of(
                    "--griddesk.db.url=" + server.getJdbcUrl("postgres", "postgres"), "--griddesk.db.user=postgres",
                    "--griddesk.db.password=postgres"));
            CompletableFuture<Integer> portal = CompletableFuture.supplyAsync(() -> GridDeskCli.run(sameHome,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    "portal-sim", "--applicants", "200", "--seconds", Integer.toString(seconds)));
            double clerkOperations = clerkLoad.run(clerks, Duration.ofSeconds(seconds));
            int exit = portal.get();
            System.out.printf("Beside portal-sim: %d clerks, %d s, %.1f operations/s: %s%n", clerks, seconds,
                    clerkOperations, clerkLoad.counts());

            String printed = out.toString(StandardCharsets.UTF_8);
            System.out.print(printed);
            assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(printed).contains("Что принял GridDesk:").doesNotContain("ожидает")
                    .containsPattern("Статусы обращений этих заявителей, как их показывает портал: "
                            + "\\{.*Ожидание ответа электросетевой=\\d+");
            DSLContext dsl = workstation.getBean(DSLContext.class);
            assertThat(dsl.fetchCount(PORTAL_REGISTRATION, PORTAL_REGISTRATION.OUTCOME.eq("ACCEPTED"))).isPositive();
            assertThat(dsl.fetchCount(PORTAL_SUBMISSION, PORTAL_SUBMISSION.OUTCOME.eq("ACCEPTED"))).isPositive();
            assertThat(dsl.fetchCount(PORTAL_COUNTER_SIGNATURE, PORTAL_COUNTER_SIGNATURE.OUTCOME.eq("ACCEPTED"))).isPositive();
            assertThat(dsl.fetchCount(PORTAL_COUNTER_SIGNATURE, PORTAL_COUNTER_SIGNATURE.OUTCOME.eq("REJECTED")))
                    .as("wrong phones, someone else's certificates, altered bytes").isPositive();
            assertThat(dsl.select(DSL.sum(CASE_COUNT.CASES)).from(CASE_COUNT).fetchSingle().value1().longValue())
                    .as("the queue's kept counters match the cases").isEqualTo(dsl.fetchCount(APPEAL));
            assertThat(dsl.select(DOCUMENT_SIGNATURE.DOCUMENT_ID).from(DOCUMENT_SIGNATURE)
                    .where(DOCUMENT_SIGNATURE.SIDE.eq("APPLICANT").and(DOCUMENT_SIGNATURE.ACCEPTED.isTrue()))
                    .groupBy(DOCUMENT_SIGNATURE.DOCUMENT_ID).having(DSL.count().gt(1)).fetch())
                    .as("no document signed twice by its applicant").isEmpty();
            clerkLoad.assertNothingLost();
        }
    }
}

package org.griddesk.persistence.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.griddesk.persistence.testing.TestDatabase;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RunningStatementsTest {
    @Test
    void aSupersededQueryIsStoppedInTheDatabase() throws Exception {
        try (Database database = TestDatabase.POSTGRES.open()) {
            Thread[] worker = new Thread[1];
            CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
                worker[0] = Thread.currentThread();
                return database.dsl().fetchValue("SELECT pg_sleep(60)");
            });
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> worker[0] != null && database.statements().runningOn(worker[0]).isPresent());

            database.statements().runningOn(worker[0]).ifPresent(RunningStatements::cancel);

            // Far sooner than the sixty seconds the query would take: the server stopped it.
            assertThatThrownBy(() -> slow.get(20, java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DataAccessException.class)
                    .satisfies(cancelled -> assertThat(((DataAccessException) cancelled).sqlState())
                            .as("query_canceled").isEqualTo("57014"));
            assertThat(database.statements().runningOn(worker[0])).as("nothing left registered").isEmpty();
            assertThat(database.dsl().fetchValue("SELECT 1")).as("the pool still works").isEqualTo(1);
        }
    }
}

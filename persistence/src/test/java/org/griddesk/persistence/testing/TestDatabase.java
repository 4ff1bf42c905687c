package org.griddesk.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;

/**
 * The two databases every repository test runs on: an H2 file like a workstation's, and a real PostgreSQL
 * started from Maven's embedded binaries once per test run, with a fresh database per test.
 */
public enum TestDatabase {
    H2, POSTGRES;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public Database open() {
        return open(Database.WORKSTATION_CONNECTIONS);
    }

    /** A fresh database with a pool of {@code connections}: one per simulated workstation in a load test. */
    public Database open(int connections) {
        String name = "griddesk_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        return Database.open(settings(name), connections);
    }

    private DatabaseSettings settings(String name) {
        return switch (this) {
            case H2 -> {
                try {
                    Path home = Files.createTempDirectory(name);
                    yield DatabaseSettings.embeddedH2(home);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case POSTGRES -> {
                EmbeddedPostgres server = server();
                try (Connection connection = server.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                yield new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", "postgres");
            }
        };
    }

    /** Started on first use and stopped when the test JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the temporary data directory goes with it.
                }
            }));
        }
        return postgres;
    }
}

package org.griddesk.persistence.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.griddesk.persistence.database.DatabaseSettings;

/**
 * Where a benchmark builds its data: a PostgreSQL started from the embedded binaries that come with the build,
 * or a fresh H2 file with its result cache off (repeating a query then costs what a refresh after a change costs).
 */
public final class BenchmarkDatabase implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final DatabaseSettings settings;

    private BenchmarkDatabase(EmbeddedPostgres server, DatabaseSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    public static BenchmarkDatabase embeddedPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .start();
            return new BenchmarkDatabase(server, new DatabaseSettings(server.getJdbcUrl("postgres", "postgres"),
                    "postgres", "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    public static BenchmarkDatabase freshH2() {
        try {
            Path file = Files.createTempDirectory("griddesk-bench").resolve("griddesk").toAbsolutePath();
            return new BenchmarkDatabase(null, new DatabaseSettings("jdbc:h2:file:" + file
                    + ";DATABASE_TO_LOWER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchmarkDatabase given(DatabaseSettings settings) {
        return new BenchmarkDatabase(null, settings);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}

package org.griddesk.app.connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL that asks for passwords as a company's server does (the embedded one trusts everybody):
 * {@code postgres} may still come in without one, {@code clerk} needs {@link #PASSWORD}. Holds {@link #DATABASE}.
 */
final class PasswordProtectedPostgres implements AutoCloseable {
    static final String USER = "clerk";
    static final String PASSWORD = "Верный-пароль-1";
    static final String DATABASE = "griddesk_probe";

    private final EmbeddedPostgres server;

    PasswordProtectedPostgres() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(directory -> {
                try {
                    Files.writeString(directory.toPath().resolve("pg_hba.conf"), """
                            local all all trust
                            host all postgres 127.0.0.1/32 trust
                            host all postgres ::1/128 trust
                            host all all 127.0.0.1/32 scram-sha-256
                            host all all ::1/128 scram-sha-256
                            """);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

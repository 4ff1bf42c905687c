package org.griddesk.persistence.database;

import java.nio.file.Path;
import java.util.Optional;

/** Where the database is: a JDBC URL and credentials (the desktop client decides which, from its settings). */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
    public DatabaseSettings {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("JDBC URL is empty");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** AUTO_SERVER lets a second GridDesk on the same machine open the same file. */
    public static DatabaseSettings embeddedH2(Path home) {
        Path file = home.resolve("db").resolve("griddesk").toAbsolutePath();
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
    }

    /** The embedded H2 database's file (H2 adds ".mv.db"); empty for a database on a server. */
    public Optional<Path> embeddedFile() {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        int options = jdbcUrl.indexOf(';');
        return Optional.of(Path.of(jdbcUrl.substring(prefix.length(), options < 0 ? jdbcUrl.length() : options)));
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials or options, for logs and the status bar. */
    public String describe() {
        int options = jdbcUrl.indexOf(isPostgres() ? '?' : ';');
        return options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}

package org.griddesk.persistence.database;

import java.nio.file.Path;

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

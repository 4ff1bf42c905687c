package org.griddesk.persistence.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the database is. The embedded H2 file under GRIDDESK_HOME unless a shared PostgreSQL is named by the
 * environment (GRIDDESK_DB_URL, GRIDDESK_DB_USER, GRIDDESK_DB_PASSWORD) or by {@code griddesk.properties}
 * in GRIDDESK_HOME ({@code db.url}, {@code db.user}, {@code db.password}); the environment wins.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
    public static final String PROPERTIES_FILE = "griddesk.properties";

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

    public static DatabaseSettings resolve(Path home, Map<String, String> environment) {
        Properties file = readProperties(home.resolve(PROPERTIES_FILE));
        String url = firstOf(environment.get("GRIDDESK_DB_URL"), file.getProperty("db.url"));
        if (url == null) {
            return embeddedH2(home);
        }
        return new DatabaseSettings(url,
                firstOf(environment.get("GRIDDESK_DB_USER"), file.getProperty("db.user")),
                firstOf(environment.get("GRIDDESK_DB_PASSWORD"), file.getProperty("db.password")));
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials or options, for logs and the status bar. */
    public String describe() {
        int options = jdbcUrl.indexOf(isPostgres() ? '?' : ';');
        return options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
    }

    private static String firstOf(String preferred, String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return preferred.trim();
        }
        return fallback == null || fallback.isBlank() ? null : fallback.trim();
    }

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}

package org.griddesk.app.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.griddesk.app.connection.ConnectionChoiceStore;
import org.griddesk.core.connection.ConnectionTarget;
import org.griddesk.persistence.database.ConnectionProbe;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.database.EmbeddedBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.PropertyResolver;

/**
 * The first start of an installed workstation: its launcher sets {@code griddesk.first-run-dialog=true}, and while
 * no source names the database the window asks where it is. The answer goes into the home folder's
 * {@code griddesk.properties}, readable by the owner only (it may hold a password). The source launcher never sets
 * the flag, so {@code ./griddesk} on a fresh machine still opens the demo at once.
 */
public final class FirstStart implements ConnectionChoiceStore {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    private static final List<String> DATABASE_KEYS = List.of("db.mode", "db.url", "db.user", "db.password");

    private final Path file;

    private FirstStart(Path file) {
        this.file = file;
    }

    /** Present when the window must ask before it connects. */
    public static Optional<FirstStart> pending(PropertyResolver properties) {
        boolean asked = properties.getProperty("griddesk.first-run-dialog", Boolean.class, false);
        Path home = GridDeskSettings.home(properties);
        if (!asked || GridDeskEnvironment.namesDatabase(properties) || hasEmbeddedDatabase(home)) {
            return Optional.empty();
        }
        return Optional.of(new FirstStart(home.resolve(GridDeskEnvironment.PROPERTIES_FILE)));
    }

    /** A workstation that already works on its own database (set up before it was asked) is not asked again. */
    private static boolean hasEmbeddedDatabase(Path home) {
        return new EmbeddedBackups(DatabaseSettings.embeddedH2(home)).exists();
    }

    @Override
    public void saveEmbedded() throws IOException {
        save(Map.of("db.mode", GridDeskEnvironment.EMBEDDED));
    }

    @Override
    public void saveShared(ConnectionTarget target) throws IOException {
        save(Map.of("db.url", ConnectionProbe.jdbcUrl(target), "db.user", target.user(), "db.password", target.password()));
    }

    /** Keeps what the file already says (mail, demo, …): only the database keys are the dialog's. */
    private void save(Map<String, String> database) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        for (String key : DATABASE_KEYS) {
            properties.remove(key);
            properties.remove("griddesk." + key);
        }
        properties.putAll(database);
        // The stream form escapes non-Latin characters, as GridDeskEnvironment reads the file (ISO 8859-1).
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        properties.store(text, "GridDesk workstation settings; the database was chosen at the first start");
        StartupService.writeOwnerOnly(file, text.toString(StandardCharsets.ISO_8859_1).strip());
        LOG.info("Saved the workstation's database ({}) to {}", database.containsKey("db.url")
                ? "server " + database.get("db.url") : "embedded", file);
    }
}

package org.griddesk.persistence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.tools.Backup;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;

/**
 * Zip copies of the embedded H2 database, in the format H2's own tools read: taken online through a connection
 * (H2's BACKUP TO), and put back only while nothing has the database open. A database on PostgreSQL has pg_dump.
 */
public final class EmbeddedBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String H2_FILE = ".mv.db";

    private final DatabaseSettings settings;
    private final Path folder;
    private final String name;

    public EmbeddedBackups(DatabaseSettings settings) {
        Path file = settings.embeddedFile().orElseThrow(() ->
                new IllegalArgumentException("Not an embedded database: " + settings.describe())).toAbsolutePath();
        this.settings = settings;
        this.folder = file.getParent();
        this.name = file.getFileName().toString();
    }

    /** Where dated copies go: beside the database's folder, so $GRIDDESK_HOME/backups for a workstation's own. */
    public Path backupFolder() {
        return folder.resolveSibling("backups");
    }

    public Path databaseFile() {
        return folder.resolve(name + H2_FILE);
    }

    public boolean exists() {
        return Files.isRegularFile(databaseFile());
    }

    /** A zip with an H2 database file in it, as {@link #backup(Path)} writes. */
    public static boolean isBackup(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().anyMatch(entry -> entry.getName().endsWith(H2_FILE));
        } catch (IOException notAZip) {
            return false;
        }
    }

    /** A consistent copy, also while a GridDesk on this machine works on the database (through H2's auto-server). */
    public void backup(Path zip) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE",
                settings.user(), settings.password())) {
            backup(connection, zip);
        }
    }

    /**
     * Puts {@code zip} back in place of the database, which nothing may have open; the current database is first
     * zipped aside as a dated copy, returned (empty when there was none).
     */
    public Optional<Path> restore(Path zip) throws SQLException, IOException {
        Optional<Path> aside = Optional.empty();
        if (exists()) {
            refuseWhileOpen();
            Path copy = dated("before-restore");
            Backup.execute(copy.toString(), folder.toString(), name, true);
            DeleteDbFiles.execute(folder.toString(), name, true);
            aside = Optional.of(copy);
        }
        Files.createDirectories(folder);
        try {
            Restore.execute(zip.toAbsolutePath().toString(), folder.toString(), name);
        } catch (RuntimeException failed) {
            // Whatever is wrong with the copy, the workstation keeps the database it had.
            if (aside.isPresent()) {
                DeleteDbFiles.execute(folder.toString(), name, true);
                Restore.execute(aside.get().toString(), folder.toString(), name);
            }
            throw failed;
        }
        return aside;
    }

    /** The copy taken before migrating a database that holds data; its name says which schema version it had. */
    Path backupBeforeMigration(DataSource dataSource, String schemaVersion) throws SQLException, IOException {
        Path zip = dated("v" + schemaVersion);
        try (Connection connection = dataSource.getConnection()) {
            backup(connection, zip);
        }
        return zip;
    }

    /**
     * H2 tells: its file lock refuses a connection when a program opened the file without the auto-server, and with
     * it (as GridDesk does) this connection joins that program's server and finds its sessions beside its own.
     */
    private void refuseWhileOpen() throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE",
                settings.user(), settings.password());
             Statement statement = connection.createStatement();
             ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM information_schema.sessions")) {
            sessions.next();
            if (sessions.getInt(1) > 1) {
                throw new DatabaseInUseException(databaseFile().toString());
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DatabaseInUseException(databaseFile().toString());
            }
            throw e;
        }
    }

    /** A new file: two copies within a second must not overwrite one another (nor the copy being restored). */
    private Path dated(String what) throws IOException {
        Files.createDirectories(backupFolder());
        String base = name + "-" + LocalDateTime.now().format(STAMP) + "-" + what;
        Path zip = backupFolder().resolve(base + ".zip");
        for (int next = 2; Files.exists(zip); next++) {
            zip = backupFolder().resolve(base + "-" + next + ".zip");
        }
        return zip;
    }

    private static void backup(Connection connection, Path zip) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }
}

package org.griddesk.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.schema.Tables.ORGANISATION_SETTINGS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Opening a database another GridDesk version left: older ones are backed up before migrating, newer ones refused. */
class SchemaUpgradeTest {
    private static final String OLDER = "15";

    @Test
    void anOlderEmbeddedDatabaseIsBackedUpBeforeItIsMigrated(@TempDir Path home, @TempDir Path elsewhere) throws Exception {
        DatabaseSettings settings = DatabaseSettings.embeddedH2(home);
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration", "classpath:db/vendor/h2").target(OLDER).load().migrate();
        execute(settings, "UPDATE organisation_settings SET name = 'АО «Старая версия»'");

        try (Database database = Database.open(settings)) {
            assertThat(database.dsl().fetchValue(ORGANISATION_SETTINGS.NAME)).isEqualTo("АО «Старая версия»");
            assertThat(versionedMigrations(settings)).isGreaterThan(Integer.parseInt(OLDER));
        }
        List<Path> backups = files(home.resolve("backups"));
        assertThat(backups).singleElement().extracting(path -> path.getFileName().toString()).asString()
                .matches("griddesk-\\d{8}-\\d{6}-v" + OLDER + "\\.zip");

        EmbeddedBackups restored = new EmbeddedBackups(DatabaseSettings.embeddedH2(elsewhere));
        restored.restore(backups.getFirst());
        assertThat(versionedMigrations(DatabaseSettings.embeddedH2(elsewhere))).as("the copy has the old schema")
                .isEqualTo(Integer.parseInt(OLDER));
    }

    @Test
    void aNewDatabaseAndAnUpToDateOneNeedNoBackup(@TempDir Path home) throws Exception {
        DatabaseSettings settings = DatabaseSettings.embeddedH2(home);
        Database.open(settings).close();
        Database.open(settings).close();

        assertThat(home.resolve("backups")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseMigratedByANewerGridDeskIsRefusedAndLeftAlone(TestDatabase vendor) throws Exception {
        DatabaseSettings settings;
        try (Database database = vendor.open()) {
            settings = database.settings();
        }
        int known = versionedMigrations(settings);
        execute(settings, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) + 1, "
                + "'9999', 'from a newer GridDesk', 'SQL', 'V9999__newer.sql', 1, 'test', CURRENT_TIMESTAMP, 1, TRUE "
                + "FROM flyway_schema_history");
        List<String> history = history(settings);

        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(SchemaTooNewException.class)
                .hasMessage("База данных обновлена более новой версией GridDesk (схема 9999, эта программа знает до "
                        + known + "). Установите новую версию программы.");

        assertThat(history(settings)).isEqualTo(history);
        settings.embeddedFile().ifPresent(file -> assertThat(file.getParent().resolveSibling("backups")).doesNotExist());
    }

    private static int versionedMigrations(DatabaseSettings settings) throws SQLException {
        return Integer.parseInt(query(settings, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                .getFirst());
    }

    private static List<String> history(DatabaseSettings settings) throws SQLException {
        return query(settings, "SELECT installed_rank || ' ' || COALESCE(version, '-') || ' ' || checksum || ' ' "
                + "|| success FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static List<String> query(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        }
    }
}

package org.griddesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.ORGANISATION_SETTINGS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./griddesk backup} and {@code restore} on a workstation's embedded database. */
class BackupAndRestoreCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int griddesk(String... args) {
        return griddesk(List.of("--griddesk.home=" + home), args);
    }

    private int griddesk(List<String> settings, String... args) {
        out.reset();
        err.reset();
        return GridDeskCli.run(new Workstation(home, false, settings), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBackupTakenWhileGridDeskWorksBringsTheDataBack() throws IOException {
        Path zip = files.resolve("копия.zip");
        try (Database running = Database.open(DatabaseSettings.embeddedH2(home))) {
            rename(running, "АО «До копии»");
            assertThat(griddesk("backup", zip.toString())).as(said()).isZero();
            assertThat(said()).contains("Копия базы данных сохранена: " + zip);
            rename(running, "АО «После копии»");

            assertThat(griddesk("restore", zip.toString())).as("refused while the database is open").isEqualTo(3);
            assertThat(said()).contains("сейчас открыта", "Закройте GridDesk");
            assertThat(name(running)).isEqualTo("АО «После копии»");
        }

        assertThat(griddesk("restore", zip.toString())).as(said()).isZero();
        assertThat(said()).contains("База данных восстановлена из копии " + zip, "Прежняя база сохранена: ");
        assertThat(nameInDatabase()).isEqualTo("АО «До копии»");

        List<Path> kept = backups();
        assertThat(kept).singleElement().asString().matches(".*/griddesk-\\d{8}-\\d{6}-before-restore\\.zip");
        assertThat(griddesk("restore", kept.getFirst().toString())).as(said()).isZero();
        assertThat(nameInDatabase()).as("the database replaced was kept whole").isEqualTo("АО «После копии»");
    }

    @Test
    void badArgumentsAreUsageErrors() throws IOException {
        Database.open(DatabaseSettings.embeddedH2(home)).close();
        Path taken = Files.writeString(files.resolve("есть.zip"), "не копия");

        assertThat(griddesk("backup")).isEqualTo(2);
        assertThat(griddesk("backup", taken.toString())).isEqualTo(2);
        assertThat(said()).contains("Файл уже существует");
        assertThat(griddesk("backup", files.resolve("нет-папки").resolve("копия.zip").toString())).isEqualTo(2);
        assertThat(griddesk("restore", files.resolve("нет.zip").toString())).isEqualTo(2);
        assertThat(said()).contains("Файл не найден");
        assertThat(griddesk("restore", taken.toString())).isEqualTo(2);
        assertThat(said()).contains("Файл не является копией базы данных GridDesk");
        assertThat(backups()).isEmpty();
    }

    @Test
    void aSharedPostgresIsLeftToPgDump() throws IOException {
        List<String> postgres = List.of("--griddesk.home=" + home, "--griddesk.db.url=jdbc:postgresql://localhost:1/griddesk");
        Path zip = files.resolve("копия.zip");
        assertThat(griddesk(postgres, "backup", zip.toString())).isEqualTo(3);
        assertThat(said()).contains("pg_dump");
        assertThat(zip).doesNotExist();

        try (ZipOutputStream made = new ZipOutputStream(Files.newOutputStream(zip))) {
            made.putNextEntry(new ZipEntry("griddesk.mv.db"));
        }
        assertThat(griddesk(postgres, "restore", zip.toString())).isEqualTo(3);
        assertThat(said()).contains("pg_dump", "pg_restore");
    }

    private static void rename(Database database, String name) {
        database.dsl().update(ORGANISATION_SETTINGS).set(ORGANISATION_SETTINGS.NAME, name).execute();
    }

    private static String name(Database database) {
        return database.dsl().fetchValue(ORGANISATION_SETTINGS.NAME);
    }

    private String nameInDatabase() {
        try (Database database = Database.open(DatabaseSettings.embeddedH2(home))) {
            return name(database);
        }
    }

    private List<Path> backups() throws IOException {
        Path folder = home.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList();
        }
    }
}

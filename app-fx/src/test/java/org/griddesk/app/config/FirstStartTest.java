package org.griddesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.griddesk.core.connection.ConnectionTarget;
import org.griddesk.persistence.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start dialog is asked for by the installed launcher only, and its answer is kept for the owner only. */
class FirstStartTest {
    @TempDir
    Path home;
    @TempDir
    Path machine;

    private Map<String, String> variables(String... more) {
        Map<String, String> variables = new HashMap<>();
        variables.put("GRIDDESK_HOME", home.toString());
        variables.put("GRIDDESK_MACHINE_CONFIG", machine.resolve("griddesk.properties").toString());
        for (int i = 0; i < more.length; i += 2) {
            variables.put(more[i], more[i + 1]);
        }
        return variables;
    }

    private Optional<FirstStart> pending(String... more) {
        return FirstStart.pending(GridDeskEnvironment.create(variables(more)));
    }

    @Test
    void onlyTheInstalledLauncherAsksAndOnlyWhileNothingNamesTheDatabase() throws IOException {
        assertThat(pending()).as("./griddesk from the sources opens the demo at once").isEmpty();
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).isPresent();
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true", "GRIDDESK_DB_URL", "jdbc:postgresql://db/griddesk"))
                .isEmpty();

        Files.writeString(machine.resolve("griddesk.properties"), "db.url=jdbc:postgresql://db/griddesk\n");
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).as("the machine-wide file").isEmpty();
        Files.delete(machine.resolve("griddesk.properties"));

        Files.writeString(home.resolve("griddesk.properties"), "db.mode=embedded\n");
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).as("the user's own file").isEmpty();
    }

    @Test
    void aWorkstationAlreadyWorkingOnItsOwnDatabaseIsNotAsked() throws IOException {
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).isPresent();
        Files.createDirectories(home.resolve("db"));
        Files.writeString(home.resolve("db/griddesk.mv.db"), "");
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).isEmpty();
    }

    @Test
    void theEmbeddedChoiceIsKeptOwnerOnlyWithTheFilesOtherSettings() throws IOException {
        Path file = home.resolve("griddesk.properties");
        Files.writeString(file, "# mail first\nmail.host=smtp.local\ndb.user=left-over\n");
        pending("GRIDDESK_FIRST_RUN_DIALOG", "true").orElseThrow().saveEmbedded();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(pending("GRIDDESK_FIRST_RUN_DIALOG", "true")).as("asked once").isEmpty();
        GridDeskSettings settings = GridDeskSettings.from(GridDeskEnvironment.create(variables()));
        assertThat(settings.database()).isEqualTo(DatabaseSettings.embeddedH2(home));
        assertThat(settings.smtp().host()).isEqualTo("smtp.local");
        assertThat(Files.readString(file)).contains("db.mode=embedded").doesNotContain("left-over");
    }

    @Test
    void theSharedChoiceKeepsServerUserAndPasswordOwnerOnly() throws IOException {
        pending("GRIDDESK_FIRST_RUN_DIALOG", "true").orElseThrow()
                .saveShared(new ConnectionTarget("db.griddesk.local", 5433, "griddesk", "clerk", "Пароль: с = и \\"));

        Path file = home.resolve("griddesk.properties");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        GridDeskSettings settings = GridDeskSettings.from(GridDeskEnvironment.create(variables()));
        assertThat(settings.database()).isEqualTo(new DatabaseSettings("jdbc:postgresql://db.griddesk.local:5433/griddesk",
                "clerk", "Пароль: с = и \\"));
        assertThat(settings.demoMode()).isFalse();
    }
}

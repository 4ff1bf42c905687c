package org.griddesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-wide file an installation leaves, under the user's own file, under environment variables; and the
 * embedded database chosen in one source hiding a server named in a lower one.
 */
class ConfigurationPrecedenceTest {
    @TempDir
    Path home;
    @TempDir
    Path machine;

    private GridDeskSettings settings(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("GRIDDESK_HOME", home.toString());
        all.put("GRIDDESK_MACHINE_CONFIG", machine.resolve("griddesk.properties").toString());
        return GridDeskSettings.from(GridDeskEnvironment.create(all));
    }

    private void homeFile(String text) throws IOException {
        Files.writeString(home.resolve("griddesk.properties"), text);
    }

    private void machineFile(String text) throws IOException {
        Files.writeString(machine.resolve("griddesk.properties"), text);
    }

    @Test
    void theMachineFileAloneNamesTheServerForEveryUser() throws IOException {
        machineFile("db.url=jdbc:postgresql://machine:5432/griddesk\ndb.user=machine-user\nmail.host=smtp.machine\n");
        GridDeskSettings settings = settings(Map.of());
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://machine:5432/griddesk");
        assertThat(settings.database().user()).isEqualTo("machine-user");
        assertThat(settings.smtp().host()).isEqualTo("smtp.machine");
        assertThat(settings.demoMode()).isFalse();
    }

    @Test
    void theHomeFileBeatsTheMachineFileAndTheEnvironmentBeatsBoth() throws IOException {
        machineFile("db.url=jdbc:postgresql://machine/griddesk\ndb.user=machine-user\ndb.password=machine\n");
        homeFile("db.url=jdbc:postgresql://home/griddesk\ndb.password=home\n");
        GridDeskSettings fromFiles = settings(Map.of());
        assertThat(fromFiles.database().jdbcUrl()).isEqualTo("jdbc:postgresql://home/griddesk");
        assertThat(fromFiles.database().password()).isEqualTo("home");
        assertThat(fromFiles.database().user()).as("a key the home file leaves out").isEqualTo("machine-user");

        GridDeskSettings withEnvironment = settings(Map.of("GRIDDESK_DB_URL", "jdbc:postgresql://env/griddesk"));
        assertThat(withEnvironment.database().jdbcUrl()).isEqualTo("jdbc:postgresql://env/griddesk");
        assertThat(withEnvironment.database().password()).isEqualTo("home");
    }

    @Test
    void theEmbeddedDatabaseChosenInTheHomeFileHidesTheMachineFilesServer() throws IOException {
        machineFile("db.url=jdbc:postgresql://machine/griddesk\n");
        homeFile("db.mode=embedded\n");
        GridDeskSettings settings = settings(Map.of());
        assertThat(settings.database().jdbcUrl()).startsWith("jdbc:h2:file:" + home.resolve("db"));
        assertThat(settings.demoMode()).isTrue();
    }

    @Test
    void aServerNamedAboveTheEmbeddedChoiceWins() throws IOException {
        homeFile("db.mode=embedded\n");
        GridDeskSettings settings = settings(Map.of("GRIDDESK_DB_URL", "jdbc:postgresql://env/griddesk"));
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://env/griddesk");
    }

    @Test
    void anUnknownDatabaseModeStopsTheStart() throws IOException {
        homeFile("db.mode=embeded\n");
        assertThatThrownBy(() -> settings(Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'embeded'");
    }
}

package org.griddesk.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.griddesk.persistence.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings come from one place: arguments, system properties, environment variables, then the file. */
class GridDeskSettingsTest {

    private static GridDeskSettings settings(Map<String, String> variables, String... args) {
        // Never the machine-wide file of the computer the tests run on.
        Map<String, String> isolated = new java.util.HashMap<>(variables);
        isolated.put("GRIDDESK_MACHINE_CONFIG", Path.of("target", "no-machine-config.properties").toString());
        return GridDeskSettings.from(GridDeskEnvironment.create(isolated, args));
    }

    @Test
    void withoutSettingsTheEmbeddedH2FileInTheHomeFolderIsUsedInDemoMode(@TempDir Path home) {
        GridDeskSettings settings = settings(Map.of("GRIDDESK_HOME", home.toString()));
        assertThat(settings.home()).isEqualTo(home.toAbsolutePath());
        assertThat(settings.database().jdbcUrl()).startsWith("jdbc:h2:file:" + home.resolve("db").resolve("griddesk"))
                .contains(";DATABASE_TO_LOWER=TRUE", ";AUTO_SERVER=TRUE");
        assertThat(settings.demoMode()).isTrue();
        assertThat(settings.idleLockAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.smtp().configured()).isFalse();
    }

    @Test
    void theFileInTheHomeFolderNamesASharedPostgres(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("griddesk.properties"),
                "db.url=jdbc:postgresql://db-server:5432/griddesk\ndb.user=griddesk\ndb.password=secret\nmail.host=smtp.local\n");
        GridDeskSettings settings = settings(Map.of("GRIDDESK_HOME", home.toString()));
        assertThat(settings.database())
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db-server:5432/griddesk", "griddesk", "secret"));
        assertThat(settings.demoMode()).as("a shared database is never filled with demo data by default").isFalse();
        assertThat(settings.smtp().host()).isEqualTo("smtp.local");
    }

    @Test
    void environmentVariablesWinOverTheFileAndArgumentsOverBoth(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("griddesk.properties"),
                "db.url=jdbc:postgresql://old/griddesk\ndb.user=file-user\nidle-lock-minutes=3\ndemo=true\n");
        GridDeskSettings settings = settings(Map.of("GRIDDESK_HOME", home.toString(),
                        "GRIDDESK_DB_URL", "jdbc:postgresql://new:5432/griddesk?ssl=true", "GRIDDESK_DB_PASSWORD", "from-env",
                        "GRIDDESK_IDLE_LOCK_MINUTES", "0", "GRIDDESK_PKCS11_LIBRARY", "/usr/lib/librtpkcs11ecp.so"),
                "--griddesk.demo=false");
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://new:5432/griddesk?ssl=true");
        assertThat(settings.database().user()).isEqualTo("file-user");
        assertThat(settings.database().password()).isEqualTo("from-env");
        assertThat(settings.idleLockAfter()).isZero();
        assertThat(settings.demoMode()).isFalse();
        assertThat(settings.pkcs11Library()).isEqualTo(Path.of("/usr/lib/librtpkcs11ecp.so"));
    }

    @Test
    void theHomeFolderItselfMayComeFromAnArgument(@TempDir Path home) {
        assertThat(settings(Map.of(), "--griddesk.home=" + home).home()).isEqualTo(home.toAbsolutePath());
    }
}

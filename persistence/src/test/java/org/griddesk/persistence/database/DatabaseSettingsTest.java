package org.griddesk.persistence.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSettingsTest {

    @Test
    void withoutSettingsTheEmbeddedH2FileInTheHomeFolderIsUsed(@TempDir Path home) {
        DatabaseSettings settings = DatabaseSettings.resolve(home, Map.of());
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + home.resolve("db").resolve("griddesk"))
                .contains(";DATABASE_TO_LOWER=TRUE", ";AUTO_SERVER=TRUE");
        assertThat(settings.isPostgres()).isFalse();
    }

    @Test
    void theFileInTheHomeFolderNamesASharedPostgres(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("griddesk.properties"),
                "db.url=jdbc:postgresql://db-server:5432/griddesk\ndb.user=griddesk\ndb.password=secret\n");
        DatabaseSettings settings = DatabaseSettings.resolve(home, Map.of());
        assertThat(settings).isEqualTo(new DatabaseSettings("jdbc:postgresql://db-server:5432/griddesk", "griddesk", "secret"));
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void environmentVariablesWinOverTheFile(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("griddesk.properties"), "db.url=jdbc:postgresql://old/griddesk\ndb.user=file-user\n");
        DatabaseSettings settings = DatabaseSettings.resolve(home, Map.of(
                "GRIDDESK_DB_URL", "jdbc:postgresql://new:5432/griddesk?ssl=true", "GRIDDESK_DB_PASSWORD", "from-env"));
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://new:5432/griddesk?ssl=true");
        assertThat(settings.user()).isEqualTo("file-user");
        assertThat(settings.password()).isEqualTo("from-env");
        assertThat(settings.describe()).isEqualTo("jdbc:postgresql://new:5432/griddesk");
    }
}

package org.griddesk.persistence.database;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSettingsTest {

    @Test
    void theEmbeddedH2FileLivesInTheHomeFolder(@TempDir Path home) {
        DatabaseSettings settings = DatabaseSettings.embeddedH2(home);
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + home.resolve("db").resolve("griddesk"))
                .contains(";DATABASE_TO_LOWER=TRUE", ";AUTO_SERVER=TRUE");
        assertThat(settings.isPostgres()).isFalse();
        assertThat(settings.embeddedFile()).contains(home.resolve("db").resolve("griddesk").toAbsolutePath());
    }

    @Test
    void aSharedPostgresIsDescribedWithoutItsPassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://new:5432/griddesk?ssl=true", "griddesk", "secret");
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(settings.describe()).isEqualTo("jdbc:postgresql://new:5432/griddesk");
        assertThat(settings.embeddedFile()).isEmpty();
    }
}

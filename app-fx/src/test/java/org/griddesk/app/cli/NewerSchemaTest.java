package org.griddesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database a newer GridDesk migrated: the window and the commands say so instead of working on it. */
class NewerSchemaTest {
    private static final String SAID = "База данных обновлена более новой версией GridDesk (схема 9999, эта программа "
            + "знает до ";

    @Test
    void theWindowAndTheCommandsRefuseWithTheReason(@TempDir Path home) {
        try (Database database = Database.open(DatabaseSettings.embeddedH2(home))) {
            database.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, installed_on, execution_time, success) SELECT MAX(installed_rank) "
                    + "+ 1, '9999', 'newer', 'SQL', 'V9999__newer.sql', 1, 'test', CURRENT_TIMESTAMP, 1, TRUE "
                    + "FROM flyway_schema_history");
        }
        String[] settings = {"--griddesk.home=" + home, "--griddesk.demo=false"};

        Throwable startFailure = catchThrowable(() -> GridDeskContext.start(settings).close());
        assertThat(UserMessages.describe(startFailure)).startsWith(SAID).endsWith("Установите новую версию программы.");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        for (String command : List.of("housekeeping", "audit-verify")) {
            err.reset();
            int code = GridDeskCli.run(new Workstation(home, false, List.of(settings)), System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), command);
            assertThat(code).as(command).isEqualTo(3);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(command).startsWith(SAID);
        }
    }
}

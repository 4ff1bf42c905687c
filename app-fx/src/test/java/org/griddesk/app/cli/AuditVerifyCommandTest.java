package org.griddesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.persistence.database.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;

class AuditVerifyCommandTest {

    private static String[] on(Path home) {
        return new String[]{"--griddesk.home=" + home};
    }

    @Test
    void reportsAnIntactChainAndNamesTheFirstChangedRecord(@TempDir Path home) {
        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            // Opening cases as a clerk writes audit records.
            var clerk = grid.clerk();
            for (var row : grid.caseService().find(clerk, org.griddesk.core.cases.CaseQuery.firstPage()).rows().subList(0, 5)) {
                grid.caseService().open(clerk, row.id());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GridDeskCli.run(new Workstation(home, true, List.of(on(home))), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "audit-verify");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Журнал аудита цел: проверено записей — ");

        try (TestGridDesk grid = TestGridDesk.demo(home)) {
            grid.bean(Database.class).dsl().update(AUDIT_RECORD).set(AUDIT_RECORD.ACTOR, "Кто-то другой")
                    .where(AUDIT_RECORD.SEQ.eq(3L)).execute();
        }
        out.reset();
        assertThat(GridDeskCli.run(new Workstation(home, true, List.of(on(home))), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "audit-verify")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("запись №3 — содержимое изменено после записи");
    }
}

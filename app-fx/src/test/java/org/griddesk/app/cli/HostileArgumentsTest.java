package org.griddesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile command lines: each ends with exit code 2 and a Russian line, never a stack trace or an English one. */
class HostileArgumentsTest {

    private static String[] line(String... args) {
        return args;
    }

    @Test
    void everyHostileCommandLineIsAUsageErrorInRussian(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.sig"), new byte[0]);
        List<String[]> lines = List.of(
                line("verify"), line("verify", "", ""), line("verify", "x".repeat(10_000), "y"),
                line("verify", "<script>", "'; DROP TABLE --"), line("verify", "\u202Eдокумент", empty.toString()),
                line("verify", "--crl"), line("verify", "--trust", empty.toString(), empty.toString(), empty.toString()),
                line("sign"), line("sign", "--key", "", "--password-file", "", "doc"), line("sign", "--alias"),
                line("неизвестная"), line("--help-me"), line("verify", "--unknown", "a", "b"));
        for (String[] args : lines) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = GridDeskCli.run(new Workstation(dir, false, List.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
            String said = err.toString(StandardCharsets.UTF_8);
            String shown = String.join(" ", args);
            assertThat(code).as(shown.substring(0, Math.min(60, shown.length())) + ": " + said).isEqualTo(GridDeskCli.USAGE);
            assertThat(said).as(said).containsPattern("[А-Яа-я]").doesNotContain("Exception", "\tat ", "Usage:");
        }
    }
}

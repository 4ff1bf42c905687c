package org.griddesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./griddesk --version}: one line with the build's version, exit 0, no database touched. */
class VersionOptionTest {
    @Test
    void printsTheBuildsVersionAndSucceeds(@TempDir Path home) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GridDeskCli.run(new Workstation(home, false, List.of()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--version");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("GridDesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(home).isEmptyDirectory();
    }
}

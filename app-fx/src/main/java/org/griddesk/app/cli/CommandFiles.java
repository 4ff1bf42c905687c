package org.griddesk.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Files named on the command line: a missing one is a usage error (exit 2) that names it. */
final class CommandFiles {
    private CommandFiles() {
    }

    static Path existing(CommandLine.Model.CommandSpec spec, String name) {
        try {
            Path path = Path.of(name);
            if (Files.isRegularFile(path)) {
                return path;
            }
        } catch (InvalidPathException e) {
            // a name no file can have is reported like a missing file
        }
        throw new UsageProblem(spec.commandLine(), "Файл не найден: " + name);
    }

    /** A usage error found after parsing, already worded in Russian. */
    static final class UsageProblem extends CommandLine.ParameterException {
        UsageProblem(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}

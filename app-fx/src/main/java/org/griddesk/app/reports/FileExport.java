package org.griddesk.app.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.griddesk.core.reports.ExportFormat;

/**
 * Writes an export beside its target and moves it into place when done: a failed or cancelled export never leaves a
 * half-written file under the name the operator chose.
 */
public final class FileExport {
    private FileExport() {
    }

    public static Path write(Path target, Consumer<OutputStream> writer) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Path partial = Files.createTempFile(folder, ".griddesk-export-", ".part");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    writer.accept(out);
                }
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** The target with the format's extension, added when the operator typed a name without it. */
    public static Path withExtension(Path chosen, ExportFormat format) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? chosen
                : chosen.resolveSibling(name + "." + format.extension());
    }
}

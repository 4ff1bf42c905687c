package org.griddesk.app.signing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.Pkcs12KeySource;

/** Where an operator's qualified keys can come from on this workstation. */
public class KeySources {
    /** The kinds of key source, as the signing dialog names them. */
    public enum Kind {
        PKCS12_FILE("Файл ключа PKCS#12 (.pfx, .p12)");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public List<Kind> available() {
        return new ArrayList<>(List.of(Kind.PKCS12_FILE));
    }

    /** {@code file} is the key file for file-based kinds. */
    public KeySource open(Kind kind, Path file) {
        return switch (kind) {
            case PKCS12_FILE -> new Pkcs12KeySource(file);
        };
    }
}

package org.griddesk.app.signing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.Pkcs12KeySource;
import org.griddesk.signing.keys.CryptoProKeySource;
import org.griddesk.signing.keys.Pkcs11KeySource;

/**
 * Where an operator's qualified keys can come from on this workstation: a PKCS#12 file always, a PKCS#11
 * token when its library is configured, CryptoPro's key stores when its JCA provider is installed.
 */
public class KeySources {
    /** The kinds of key source, as the signing dialog names them. */
    public enum Kind {
        PKCS12_FILE("Файл ключа PKCS#12 (.pfx, .p12)", true),
        PKCS11_TOKEN("Токен PKCS#11 (Рутокен, JaCarta)", false),
        CRYPTOPRO("КриптоПро CSP (контейнеры JCP)", false);

        private final String title;
        private final boolean fileBased;

        Kind(String title, boolean fileBased) {
            this.title = title;
            this.fileBased = fileBased;
        }

        public String title() {
            return title;
        }

        public boolean fileBased() {
            return fileBased;
        }
    }

    private final Path pkcs11Library;
    private final Integer pkcs11Slot;

    /** {@code pkcs11Library} may be null: then no token is offered. */
    public KeySources(Path pkcs11Library, Integer pkcs11Slot) {
        this.pkcs11Library = pkcs11Library;
        this.pkcs11Slot = pkcs11Slot;
    }

    public List<Kind> available() {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.PKCS12_FILE));
        if (pkcs11Library != null) {
            kinds.add(Kind.PKCS11_TOKEN);
        }
        if (CryptoProKeySource.available()) {
            kinds.add(Kind.CRYPTOPRO);
        }
        return kinds;
    }

    /** {@code file} is the key file for file-based kinds and ignored for the others. */
    public KeySource open(Kind kind, Path file) {
        return switch (kind) {
            case PKCS12_FILE -> new Pkcs12KeySource(file);
            case PKCS11_TOKEN -> new Pkcs11KeySource(pkcs11Library, pkcs11Slot, "Токен " + pkcs11Library.getFileName());
            case CRYPTOPRO -> new CryptoProKeySource();
        };
    }
}

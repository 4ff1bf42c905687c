package org.griddesk.signing.keys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.signing.KeyContainer;
import org.griddesk.core.signing.KeySourceKind;
import org.griddesk.core.signing.SigningKeys;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.Pkcs12KeySource;

/**
 * Where an operator's qualified keys can come from on this workstation: a PKCS#12 file always, a PKCS#11
 * token when its library is configured, CryptoPro's key stores when its JCA provider is installed.
 */
public class KeySources implements SigningKeys {
    private final Path pkcs11Library;
    private final Integer pkcs11Slot;
    private final Clock clock;

    /** {@code pkcs11Library} may be null: then no token is offered. */
    public KeySources(Path pkcs11Library, Integer pkcs11Slot, Clock clock) {
        this.pkcs11Library = pkcs11Library;
        this.pkcs11Slot = pkcs11Slot;
        this.clock = clock;
    }

    @Override
    public List<KeySourceKind> available() {
        List<KeySourceKind> kinds = new ArrayList<>(List.of(KeySourceKind.PKCS12_FILE));
        if (pkcs11Library != null) {
            kinds.add(KeySourceKind.PKCS11_TOKEN);
        }
        if (CryptoProKeySource.available()) {
            kinds.add(KeySourceKind.CRYPTOPRO);
        }
        return kinds;
    }

    @Override
    public KeyContainer open(KeySourceKind kind, Path file) {
        return new KeySourceContainer(source(kind, file), clock);
    }

    /** {@code file} is the key file for file-based kinds and ignored for the others. */
    public KeySource source(KeySourceKind kind, Path file) {
        return switch (kind) {
            case PKCS12_FILE -> new Pkcs12KeySource(file);
            case PKCS11_TOKEN -> new Pkcs11KeySource(pkcs11Library, pkcs11Slot, "Токен " + pkcs11Library.getFileName());
            case CRYPTOPRO -> new CryptoProKeySource();
        };
    }
}

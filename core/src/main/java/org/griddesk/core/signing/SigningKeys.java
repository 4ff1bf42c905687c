package org.griddesk.core.signing;

import java.nio.file.Path;
import java.util.List;

/**
 * Port: where an operator's qualified keys can come from on this workstation — a key file always, a token or
 * CryptoPro's stores when they are set up.
 */
public interface SigningKeys {
    List<KeySourceKind> available();

    /** {@code file} is the key file for file-based kinds and ignored for the others. */
    KeyContainer open(KeySourceKind kind, Path file);
}

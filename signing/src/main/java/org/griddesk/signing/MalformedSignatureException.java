package org.griddesk.signing;

import java.io.Serial;

/** The .sig bytes are not a usable CMS signature; the message is Russian. */
final class MalformedSignatureException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    MalformedSignatureException(String message) {
        super(message);
    }

    MalformedSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}

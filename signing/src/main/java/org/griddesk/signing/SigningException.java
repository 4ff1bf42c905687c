package org.griddesk.signing;

import java.io.Serial;

/** A signing or key-access failure; the message is Russian and meant for the operator. */
public class SigningException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}

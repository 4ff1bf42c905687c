package org.griddesk.core.cases;

import java.io.InputStream;
import java.io.OutputStream;

/** Port: document bytes, streamed in and out so a 50 MB file is never held whole in memory. */
public interface DocumentStore {
    /** Reads {@code content} to its end; refuses (ValidationException) once more than {@code maxBytes} arrive. */
    StoredContent store(InputStream content, long maxBytes);

    void copyTo(long contentId, OutputStream target);

    /** The bytes as a stream that fetches them piece by piece, for signing and verifying. */
    InputStream open(long contentId);

    void delete(long contentId);
}

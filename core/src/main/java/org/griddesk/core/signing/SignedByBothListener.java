package org.griddesk.core.signing;

import java.time.Instant;
import org.griddesk.core.cases.DocumentItem;

/** Told, inside the signing's transaction, that a document now has both sides' accepted signatures. */
public interface SignedByBothListener {
    void signedByBoth(long caseId, DocumentItem document, Instant at);

    SignedByBothListener NONE = (caseId, document, at) -> { };
}

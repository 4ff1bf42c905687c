package org.griddesk.core.portal;

import java.time.Instant;
import org.griddesk.core.signing.SignatureKind;

/**
 * A counter-signature the portal wrote to the shared database and GridDesk has not yet taken in: simple ones carry
 * the phone and the code's hash, qualified ones the detached CMS.
 */
public record PendingCounterSignature(long id, long caseId, long documentId, SignatureKind kind, Instant sentAt,
                                      String phone, String codeHash, byte[] cms) {
}

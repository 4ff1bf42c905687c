package org.griddesk.core.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Port: what the portal writes to the shared database for GridDesk to take in. Every workstation polls it; a claim
 * is a lease, so each row is taken in by one workstation, and again by another only if the first one died with it.
 */
public interface PortalInbox {
    /** Claims up to {@code limit} counter-signatures nobody has taken in or holds a lease on, oldest first. */
    List<PendingCounterSignature> claimCounterSignatures(Instant now, Duration lease, int limit);

    /** The counter-signature is stored as {@code signatureId}, accepted or rejected with {@code reason}. */
    void counterSignatureTaken(long id, Instant at, long signatureId, boolean accepted, String reason);

    /** The counter-signature could not be stored at all (e.g. the document no longer awaits the applicant). */
    void counterSignatureRefused(long id, Instant at, String reason);
}

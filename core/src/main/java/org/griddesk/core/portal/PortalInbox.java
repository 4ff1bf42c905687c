package org.griddesk.core.portal;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Port: what the portal writes to the shared database for GridDesk to take in. Every workstation polls it; a claim
 * is a lease, so each row is taken in by one workstation, and again by another only if the first one died with it.
 * Each {@code claim…} returns up to {@code limit} rows nobody has taken in or holds a lease on, oldest first.
 */
public interface PortalInbox {
    List<PendingCounterSignature> claimCounterSignatures(Instant now, Duration lease, int limit);

    /** The counter-signature is stored as {@code signatureId}, accepted or rejected with {@code reason}. */
    void counterSignatureTaken(long id, Instant at, long signatureId, boolean accepted, String reason);

    List<PortalSubmission> claimSubmissions(Instant now, Duration lease, int limit);

    /** The bytes of a submitted file, read piece by piece. */
    InputStream openFile(long fileId);

    /** The submission is case {@code caseId} or in it now; each file is the document {@code itemIdsByFile} names. */
    void submissionTaken(long id, Instant at, long caseId, Map<Long, Long> itemIdsByFile);

    List<PortalRegistration> claimRegistrations(Instant now, Duration lease, int limit);

    void registrationTaken(long id, Instant at, long registrationId);

    /** Only activations of registrations already taken in (or refused). */
    List<PortalActivation> claimActivations(Instant now, Duration lease, int limit);

    void activationTaken(long id, Instant at);

    /** The row could not be taken in at all (e.g. the document no longer awaits the applicant): why, in Russian. */
    void refused(PortalRow row, long id, Instant at, String reason);

    /** The kinds of rows the portal writes. */
    enum PortalRow { COUNTER_SIGNATURE, SUBMISSION, REGISTRATION, ACTIVATION }
}

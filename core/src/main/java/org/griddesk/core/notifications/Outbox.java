package org.griddesk.core.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the table of e-mails waiting for delivery. {@link #enqueue} joins the caller's transaction, so a message
 * exists exactly when the change that caused it was saved.
 */
public interface Outbox {
    long enqueue(NotificationKind kind, Long caseId, MailMessage message, Instant now);

    /**
     * Pending entries whose time has come, oldest first, claimed for this workstation: another workstation asking
     * at the same moment gets none of them. A claim lapses after a while, so a workstation that dies mid-delivery
     * delays its entries but never loses them.
     */
    List<OutboxEntry> due(Instant now, int limit);

    void markSent(long id, Instant sentAt);

    /** Still pending: the next attempt is not before {@code next}. */
    void markRetry(long id, int attempts, Instant next, String error);

    void markFailed(long id, int attempts, String error);

    /** Newest first. */
    List<OutboxEntry> list(OutboxQuery query, int limit);

    Optional<OutboxEntry> find(long id);

    /** Back to pending with no attempts and no error, due at {@code now}; unknown ids throw NotFoundException. */
    void resend(long id, Instant now);
}

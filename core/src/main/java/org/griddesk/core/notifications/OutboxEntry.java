package org.griddesk.core.notifications;

import java.time.Instant;

/**
 * One e-mail in the outbox. {@code lastError} is the reason of the latest failed attempt, shown to operators;
 * {@code sentAt} is set once delivered; {@code caseId} is the case a letter is about, or null.
 */
public record OutboxEntry(long id, NotificationKind kind, Long caseId, String to, String subject, String body, OutboxState state,
                          int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public MailMessage message() {
        return new MailMessage(to, subject, body);
    }
}

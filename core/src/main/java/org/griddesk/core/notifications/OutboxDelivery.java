package org.griddesk.core.notifications;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

/**
 * Sends the due entries of the outbox one by one. Each message succeeds or fails on its own: a rejected address
 * is marked failed, a mail server that is down leaves the entry pending for a later attempt, and neither stops
 * the rest of the batch. Runs outside any database transaction, so a slow server never holds locks.
 */
public final class OutboxDelivery {
    /** Small enough that a batch is finished well within the claim of {@link Outbox#due}. */
    static final int BATCH = 20;
    private static final Logger LOG = System.getLogger(OutboxDelivery.class.getName());
    private static final int MAX_ERROR_LENGTH = 2000;

    private final Outbox outbox;
    private final MailSender sender;
    private final DeliveryPolicy policy;

    public OutboxDelivery(Outbox outbox, MailSender sender, DeliveryPolicy policy) {
        this.outbox = outbox;
        this.sender = sender;
        this.policy = policy;
    }

    /** Works batch after batch until nothing is due at {@code now}. */
    public DeliveryReport deliverDue(Instant now) {
        DeliveryReport total = DeliveryReport.NOTHING;
        List<OutboxEntry> batch;
        do {
            batch = outbox.due(now, BATCH);
            for (OutboxEntry entry : batch) {
                total = total.plus(deliver(entry, now));
            }
        } while (batch.size() == BATCH);
        if (total.total() > 0) {
            LOG.log(Level.INFO, "Outbox run: {0} sent, {1} to retry, {2} failed", total.sent(), total.retried(), total.failed());
        }
        return total;
    }

    private DeliveryReport deliver(OutboxEntry entry, Instant now) {
        int attempts = entry.attempts() + 1;
        try {
            sender.send(entry.message());
            outbox.markSent(entry.id(), now);
            return new DeliveryReport(1, 0, 0);
        } catch (MailDeliveryException e) {
            return failed(entry, attempts, now, e.permanent(), e.getMessage());
        } catch (RuntimeException e) {
            // An unexpected fault in the sender is treated as temporary: retrying costs little, losing mail a lot.
            LOG.log(Level.WARNING, "Unexpected failure sending outbox entry " + entry.id(), e);
            return failed(entry, attempts, now, false, "Внутренняя ошибка отправки: " + e);
        }
    }

    private DeliveryReport failed(OutboxEntry entry, int attempts, Instant now, boolean permanent, String reason) {
        String error = shorten(reason);
        if (permanent || policy.exhausted(attempts)) {
            LOG.log(Level.WARNING, "Outbox entry {0} failed after {1} attempt(s): {2}", entry.id(), attempts, error);
            outbox.markFailed(entry.id(), attempts, error);
            return new DeliveryReport(0, 0, 1);
        }
        LOG.log(Level.INFO, "Outbox entry {0} will be retried (attempt {1}): {2}", entry.id(), attempts, error);
        outbox.markRetry(entry.id(), attempts, now.plus(policy.delayAfter(attempts)), error);
        return new DeliveryReport(0, 1, 0);
    }

    private static String shorten(String reason) {
        String text = reason == null || reason.isBlank() ? "Неизвестная ошибка" : reason.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}

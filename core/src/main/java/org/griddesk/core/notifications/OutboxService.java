package org.griddesk.core.notifications;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.util.List;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/** What operators do with the outbox: look at it and send a message again. */
public final class OutboxService {
    private final Outbox outbox;
    private final Clock clock;
    private final Runnable deliverSoon;
    private final AccessControl access;
    private final boolean deliveryConfigured;

    /**
     * {@code deliverSoon} asks the delivery worker for an early run, so a resent message leaves at once;
     * {@code deliveryConfigured} false: no mail server is set, letters wait in the outbox.
     */
    public OutboxService(Outbox outbox, Clock clock, Runnable deliverSoon, boolean deliveryConfigured,
                         AccessControl access) {
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
        this.deliverSoon = deliverSoon;
        this.deliveryConfigured = deliveryConfigured;
    }

    public boolean deliveryConfigured() {
        return deliveryConfigured;
    }

    /** Newest first; {@code filter} null shows every state. */
    public List<OutboxEntry> list(Operator operator, OutboxState filter, int limit) {
        access.require(operator, Permission.VIEW_CASES);
        return outbox.list(filter, limit);
    }

    /** Any entry, sent or failed, goes back to the queue with a fresh count of attempts. */
    public void resend(Operator operator, long id) {
        access.require(operator, Permission.EDIT_CASES);
        outbox.resend(id, clock.instant());
        deliverSoon.run();
    }
}

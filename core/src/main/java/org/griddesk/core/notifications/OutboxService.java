package org.griddesk.core.notifications;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.common.SearchText;
import org.griddesk.core.common.ValidationException;

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

    /** Newest first; the period's days are the workstation's days (the clock's zone), both ends included. */
    public List<OutboxEntry> list(Operator operator, OutboxFilter filter, int limit) {
        access.require(operator, Permission.VIEW_CASES);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ValidationException("Начало периода позже его конца: проверьте даты «с» и «по»");
        }
        ZoneId zone = clock.getZone();
        return outbox.list(new OutboxQuery(filter.state(), SearchText.words(filter.text()),
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant()), limit);
    }

    /** Any entry, sent or failed, goes back to the queue with a fresh count of attempts. */
    public void resend(Operator operator, long id) {
        access.require(operator, Permission.EDIT_CASES);
        outbox.resend(id, clock.instant());
        deliverSoon.run();
    }
}

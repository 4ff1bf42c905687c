package org.griddesk.core.notifications;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова М. П.", Set.of(Role.CLERK), false, true, false);
    private static final Operator SUPERVISOR = new Operator(2, "boss", "Петров П. П.", Set.of(Role.SUPERVISOR), false, true, false);

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final AtomicInteger nudges = new AtomicInteger();
    private final OutboxService service = new OutboxService(outbox, Clock.fixed(NOW, ZoneOffset.UTC), nudges::incrementAndGet, true, AccessControl.asGiven());

    @Test
    void listsNewestFirstAndFiltersByState() {
        long old = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, new MailMessage("a@example.ru", "1", "1"), NOW);
        long failed = outbox.enqueue(NotificationKind.ORGANISATION_MESSAGE, new MailMessage("b@example.ru", "2", "2"), NOW);
        outbox.markFailed(failed, 1, "550");

        assertThat(service.list(SUPERVISOR, null, 10)).extracting(OutboxEntry::id).containsExactly(failed, old);
        assertThat(service.list(CLERK, OutboxState.FAILED, 10)).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(service.list(CLERK, OutboxState.PENDING, 10)).extracting(OutboxEntry::id).containsExactly(old);
    }

    @Test
    void resendPutsAFailedMessageBackInTheQueueAndNudgesDelivery() {
        long id = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, new MailMessage("a@example.ru", "1", "1"), NOW.minusSeconds(3600));
        outbox.markFailed(id, 12, "Почтовый сервер недоступен");

        service.resend(CLERK, id);

        OutboxEntry entry = outbox.find(id).orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isEqualTo(NOW);
        assertThat(nudges).hasValue(1);
    }

    @Test
    void onlyOperatorsWhoMayEditCasesResend() {
        long id = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, new MailMessage("a@example.ru", "1", "1"), NOW);
        outbox.markFailed(id, 1, "550");

        assertThatThrownBy(() -> service.resend(SUPERVISOR, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(nudges).hasValue(0);
        Operator disabled = new Operator(3, "gone", "Уволенный", Set.of(Role.CLERK), false, false, false);
        assertThatThrownBy(() -> service.list(disabled, null, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resend(CLERK, 999)).isInstanceOf(NotFoundException.class);
    }
}

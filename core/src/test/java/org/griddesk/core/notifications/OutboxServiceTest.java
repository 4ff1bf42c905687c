package org.griddesk.core.notifications;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.ValidationException;
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
        long old = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null, new MailMessage("a@example.ru", "1", "1"), NOW);
        long failed = outbox.enqueue(NotificationKind.ORGANISATION_MESSAGE, null, new MailMessage("b@example.ru", "2", "2"), NOW);
        outbox.markFailed(failed, 1, "550");

        assertThat(service.list(SUPERVISOR, OutboxFilter.ALL, 10)).extracting(OutboxEntry::id).containsExactly(failed, old);
        assertThat(service.list(CLERK, inState(OutboxState.FAILED), 10)).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(service.list(CLERK, inState(OutboxState.PENDING), 10)).extracting(OutboxEntry::id).containsExactly(old);
    }

    private static OutboxFilter inState(OutboxState state) {
        return new OutboxFilter(state, "", null, null);
    }

    @Test
    void findsLettersByWordsOfRecipientOrSubjectInAnyOrderAndByTheDaysOfAPeriod() {
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        long yesterday = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, 7L,
                new MailMessage("korolyova@example.ru", "Изменён статус обращения «Заявка на ТП»", "…"), NOW.minusSeconds(86_400));
        long late = outbox.enqueue(NotificationKind.ORGANISATION_MESSAGE, 7L,
                new MailMessage("petrov@example.ru", "Новое сообщение по обращению «Заявка на ТП»", "…"),
                today.atStartOfDay(ZoneOffset.UTC).plusHours(23).plusMinutes(59).toInstant());

        assertThat(service.list(CLERK, new OutboxFilter(null, "тп ЗАЯВКА", null, null), 10))
                .extracting(OutboxEntry::id).containsExactly(late, yesterday);
        assertThat(service.list(CLERK, new OutboxFilter(null, "Petrov сообщение", null, null), 10))
                .extracting(OutboxEntry::id).containsExactly(late);
        assertThat(service.list(CLERK, new OutboxFilter(null, "изменен", null, null), 10)).as("ё typed as е")
                .extracting(OutboxEntry::id).containsExactly(yesterday);
        assertThat(service.list(CLERK, new OutboxFilter(null, "", today, today), 10)).as("the last minute of the day counts")
                .extracting(OutboxEntry::id).containsExactly(late);
        assertThat(service.list(CLERK, new OutboxFilter(null, "", null, today.minusDays(1)), 10))
                .extracting(OutboxEntry::id).containsExactly(yesterday);
        assertThat(outbox.find(late).orElseThrow().caseId()).isEqualTo(7L);
        assertThatThrownBy(() -> service.list(CLERK, new OutboxFilter(null, "", today, today.minusDays(1)), 10))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Начало периода позже");
    }

    @Test
    void resendPutsAFailedMessageBackInTheQueueAndNudgesDelivery() {
        long id = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null, new MailMessage("a@example.ru", "1", "1"), NOW.minusSeconds(3600));
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
        long id = outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null, new MailMessage("a@example.ru", "1", "1"), NOW);
        outbox.markFailed(id, 1, "550");

        assertThatThrownBy(() -> service.resend(SUPERVISOR, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(nudges).hasValue(0);
        Operator disabled = new Operator(3, "gone", "Уволенный", Set.of(Role.CLERK), false, false, false);
        assertThatThrownBy(() -> service.list(disabled, OutboxFilter.ALL, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resend(CLERK, 999)).isInstanceOf(NotFoundException.class);
    }
}

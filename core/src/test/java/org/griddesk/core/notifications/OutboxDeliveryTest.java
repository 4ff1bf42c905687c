package org.griddesk.core.notifications;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final FakeMailSender sender = new FakeMailSender();
    private final OutboxDelivery delivery = new OutboxDelivery(outbox, sender, DeliveryPolicy.STANDARD);

    private long enqueue(String to) {
        return outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null, new MailMessage(to, "Тема", "Текст"), T0);
    }

    @Test
    void sendsEverythingDueAndMarksItSent() {
        long first = enqueue("a@example.ru");
        long second = enqueue("b@example.ru");

        DeliveryReport report = delivery.deliverDue(T0);

        assertThat(report).isEqualTo(new DeliveryReport(2, 0, 0));
        assertThat(sender.recipients()).containsExactly("a@example.ru", "b@example.ru");
        assertThat(outbox.find(first).orElseThrow()).satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.SENT);
            assertThat(e.sentAt()).isEqualTo(T0);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(outbox.find(second).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(delivery.deliverDue(T0.plusSeconds(3600))).isEqualTo(DeliveryReport.NOTHING);
        assertThat(sender.sent).hasSize(2);
    }

    @Test
    void aRejectedAddressFailsAloneWithItsReason() {
        long before = enqueue("a@example.ru");
        long bad = enqueue("nobody@example.ru");
        long after = enqueue("c@example.ru");
        sender.rejected.add("nobody@example.ru");

        assertThat(delivery.deliverDue(T0)).isEqualTo(new DeliveryReport(2, 0, 1));

        assertThat(sender.recipients()).containsExactly("a@example.ru", "c@example.ru");
        OutboxEntry failed = outbox.find(bad).orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("550").contains("nobody@example.ru");
        assertThat(outbox.find(before).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(outbox.find(after).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(delivery.deliverDue(T0.plus(Duration.ofDays(1)))).isEqualTo(DeliveryReport.NOTHING);
    }

    @Test
    void aServerThatIsDownLeavesEverythingPendingUntilItIsBack() {
        long id = enqueue("a@example.ru");
        sender.down = true;

        assertThat(delivery.deliverDue(T0)).isEqualTo(new DeliveryReport(0, 1, 0));
        OutboxEntry waiting = outbox.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(waiting.lastError()).isEqualTo("Почтовый сервер недоступен");

        assertThat(delivery.deliverDue(T0.plusSeconds(29))).isEqualTo(DeliveryReport.NOTHING);
        assertThat(delivery.deliverDue(T0.plusSeconds(30))).isEqualTo(new DeliveryReport(0, 1, 0));
        assertThat(outbox.find(id).orElseThrow().nextAttemptAt()).isEqualTo(T0.plusSeconds(90));

        sender.down = false;
        assertThat(delivery.deliverDue(T0.plusSeconds(90))).isEqualTo(new DeliveryReport(1, 0, 0));
        OutboxEntry sent = outbox.find(id).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        OutboxDelivery patient = new OutboxDelivery(outbox, sender,
                new DeliveryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 3));
        long id = enqueue("a@example.ru");
        sender.down = true;

        Instant now = T0;
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(patient.deliverDue(now).retried()).isEqualTo(1);
            now = outbox.find(id).orElseThrow().nextAttemptAt();
        }
        assertThat(patient.deliverDue(now)).isEqualTo(new DeliveryReport(0, 0, 1));
        OutboxEntry failed = outbox.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isEqualTo("Почтовый сервер недоступен");
    }

    @Test
    void anUnexpectedFaultIsRetriedNotLost() {
        long id = enqueue("a@example.ru");
        sender.bug = new IllegalStateException("boom");

        assertThat(delivery.deliverDue(T0)).isEqualTo(new DeliveryReport(0, 1, 0));
        assertThat(outbox.find(id).orElseThrow().lastError()).contains("boom");
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    }

    @Test
    void worksThroughMoreThanOneBatch() {
        for (int i = 0; i < OutboxDelivery.BATCH * 2 + 3; i++) {
            enqueue("user" + i + "@example.ru");
        }
        assertThat(delivery.deliverDue(T0).sent()).isEqualTo(OutboxDelivery.BATCH * 2 + 3);
        assertThat(outbox.all()).allMatch(e -> e.state() == OutboxState.SENT);
    }

    @Test
    void entriesClaimedByAnotherWorkstationAreLeftAlone() {
        enqueue("a@example.ru");
        assertThat(outbox.due(T0, 10)).hasSize(1);

        assertThat(delivery.deliverDue(T0)).isEqualTo(DeliveryReport.NOTHING);
        assertThat(sender.sent).isEmpty();
    }
}

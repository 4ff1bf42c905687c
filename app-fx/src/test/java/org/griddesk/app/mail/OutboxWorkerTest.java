package org.griddesk.app.mail;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.griddesk.core.notifications.DeliveryPolicy;
import org.griddesk.core.notifications.DeliveryReport;
import org.griddesk.core.notifications.OutboxDelivery;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxQuery;
import org.griddesk.core.notifications.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The background worker against a mail server that is down, then comes back. */
class OutboxWorkerTest {
    /** Seconds instead of minutes, so that the retries happen within the test. */
    private static final DeliveryPolicy QUICK = new DeliveryPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 50);

    @TempDir
    Path home;

    private MailTestKit kit;
    private int port;
    private GreenMail server;
    private OutboxDelivery delivery;

    @BeforeEach
    void open() {
        kit = MailTestKit.open(home);
        port = MailTestKit.freePort();
        delivery = new OutboxDelivery(kit.outbox, new SmtpMailSender(MailTestKit.settings(port, MailTestKit.PASSWORD)), QUICK);
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop();
        }
        kit.close();
    }

    @Test
    void nothingIsLostWhileTheServerIsDownAndDeliveryResumesByItself() throws Exception {
        kit.notifier.statusChanged(MailTestKit.card("1563"), "Заявка на рассмотрении сетевой организацией",
                "Подготовка оферты договора");
        kit.notifier.confirmed("petrov@mail.ru", "Петров Пётр Ильич");
        kit.notifier.newRegistration("Петров Пётр Ильич", "Физическое лицо", Instant.now());

        assertThat(delivery.deliverDue(Instant.now())).isEqualTo(new DeliveryReport(0, 3, 0));
        List<OutboxEntry> waiting = kit.outbox.list(OutboxQuery.ANY, 10);
        assertThat(waiting).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.lastError()).startsWith("Почтовый сервер 127.0.0.1:" + port + " недоступен");
            assertThat(entry.nextAttemptAt()).isAfter(entry.createdAt());
        });

        try (OutboxWorker worker = new OutboxWorker(delivery, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofMillis(10))) {
            worker.start();
            MailTestKit.await(() -> kit.outbox.list(OutboxQuery.ANY, 10).stream().allMatch(e -> e.attempts() >= 2), Duration.ofSeconds(10));
            assertThat(kit.outbox.list(OutboxQuery.in(OutboxState.PENDING), 10)).hasSize(3);

            server = MailTestKit.smtpServer(port);
            server.start();

            assertThat(server.waitForIncomingEmail(15_000, 3)).isTrue();
            MailTestKit.await(() -> kit.outbox.list(OutboxQuery.in(OutboxState.SENT), 10).size() == 3, Duration.ofSeconds(10));
        }
        assertThat(kit.outbox.list(OutboxQuery.ANY, 10)).allSatisfy(entry -> {
            assertThat(entry.sentAt()).isNotNull();
            assertThat(entry.lastError()).isNull();
            assertThat(entry.attempts()).isGreaterThanOrEqualTo(3);
        });
        assertThat(server.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aTriggerDeliversWithoutWaitingForTheInterval() throws Exception {
        server = MailTestKit.smtpServer(port);
        server.start();
        try (OutboxWorker worker = new OutboxWorker(delivery, Clock.systemUTC(), Duration.ofHours(1), Duration.ofMillis(10))) {
            worker.start();
            assertThat(worker.running()).isTrue();
            Thread.sleep(200); // the first scheduled run has found nothing; the next is an hour away

            kit.notifier.organisationMessageAdded(MailTestKit.card(null));
            worker.trigger();

            assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
            MailTestKit.await(() -> worker.lastReport().sent() == 1, Duration.ofSeconds(5));
            worker.stop();
            assertThat(worker.running()).isFalse();
            worker.trigger(); // a stopped worker ignores triggers
        }
    }

    @Test
    void aFailingRunDoesNotStopTheWorker() throws Exception {
        server = MailTestKit.smtpServer(port);
        server.start();
        kit.notifier.confirmed("petrov@mail.ru", "Петров Пётр Ильич");
        FailingOnceClock clock = new FailingOnceClock();
        try (OutboxWorker worker = new OutboxWorker(delivery, clock, Duration.ofMillis(100), Duration.ofMillis(10))) {
            worker.start();
            assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        }
        assertThat(clock.calls).isGreaterThan(1);
    }

    /** The first run blows up, as when the database is briefly unreachable. */
    private static final class FailingOnceClock extends Clock {
        volatile int calls;

        @Override
        public Instant instant() {
            if (calls++ == 0) {
                throw new IllegalStateException("database connection lost");
            }
            return Instant.now();
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package org.griddesk.app.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.readings.Meter;
import org.griddesk.core.readings.MeterContext;
import org.griddesk.core.readings.ReadingWindow;
import org.griddesk.core.notifications.DeliveryPolicy;
import org.griddesk.core.notifications.DeliveryReport;
import org.griddesk.core.notifications.MailMessage;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.notifications.OutboxDelivery;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxQuery;
import org.griddesk.core.notifications.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery over real SMTP: a GreenMail server inside the test, the real outbox and templates on H2. */
class SmtpMailSenderTest {
    @TempDir
    Path home;

    private MailTestKit kit;
    private GreenMail server;
    private int port;

    @BeforeEach
    void start() {
        kit = MailTestKit.open(home);
        port = MailTestKit.freePort();
        server = MailTestKit.smtpServer(port);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        kit.close();
    }

    private OutboxDelivery delivery(String password) {
        return new OutboxDelivery(kit.outbox, new SmtpMailSender(MailTestKit.settings(port, password)), DeliveryPolicy.STANDARD);
    }

    @Test
    void everyTemplateArrivesInRussianAsUtf8() throws Exception {
        DocumentItem offer = new DocumentItem(5, Side.ORGANISATION, Instant.now(), "Иванова", "Оферта договора ТП",
                "offer.pdf", 1000, "ab", null, 3, true);
        kit.notifier.statusChanged(MailTestKit.card("1563"), "Заявка на рассмотрении сетевой организацией",
                "Подготовка оферты договора");
        kit.notifier.organisationMessageAdded(MailTestKit.card(null));
        kit.notifier.organisationDocumentAdded(MailTestKit.card("1563"), offer);
        kit.notifier.signatureAwaited(MailTestKit.card("1563"), offer);
        kit.notifier.signedByBoth(MailTestKit.card("1563"), offer);
        kit.notifier.statusNoteAdded(MailTestKit.card("1563"), "Ведется проектирование");
        kit.notifier.confirmed("petrov@mail.ru", "Петров Пётр Ильич");
        kit.notifier.rejected("petrov@mail.ru", "Петров Пётр Ильич", "СНИЛС не прошёл проверку");
        kit.notifier.correctionRequested("petrov@mail.ru", "Петров Пётр Ильич", "Укажите отчество полностью");
        kit.notifier.newRegistration("ООО «Ромашка»", "Юридическое лицо", Instant.parse("2026-11-22T21:30:00Z"));
        MeterContext meter = new MeterContext(new Meter(1, 1, "Электроснабжение", "Круглосуточно", "30000007",
                "Меркурий 201.5", 6, null, null), "6201000007", "Рязанский филиал", new ReadingWindow(15, 25),
                "Кравцова Елена Игоревна", "kravtsova@mail.ru");
        kit.notifier.rejected(meter, "12345", "Прибор учёта неисправен");
        kit.notifier.corrected(meter, "12435", "Лишний ноль при вводе");
        kit.notifier.faultAnswered(meter, "Специалист приедет 22 декабря");
        Map<NotificationKind, OutboxEntry> queued = kit.outbox.list(OutboxQuery.ANY, 20).stream()
                .collect(Collectors.toMap(OutboxEntry::kind, Function.identity()));
        assertThat(queued).containsOnlyKeys(NotificationKind.values());

        assertThat(delivery(MailTestKit.PASSWORD).deliverDue(Instant.now())).isEqualTo(new DeliveryReport(13, 0, 0));

        assertThat(server.waitForIncomingEmail(5_000, 13)).isTrue();
        Map<String, MimeMessage> bySubject = Arrays.stream(server.getReceivedMessages())
                .collect(Collectors.toMap(SmtpMailSenderTest::subject, Function.identity()));
        for (OutboxEntry entry : queued.values()) {
            MimeMessage received = bySubject.get(entry.subject());
            assertThat(received).as(entry.kind() + ": " + entry.subject()).isNotNull();
            assertThat(MailTestKit.text(received)).as(entry.kind().name()).isEqualTo(entry.body().strip());
            assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
            assertThat(addresses(received.getFrom())).containsExactly(MailTestKit.SENDER);
            assertThat(addresses(received.getAllRecipients())).containsExactly(entry.to());
            assertThat(kit.outbox.find(entry.id()).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        }
        String status = MailTestKit.text(bySubject.get("Изменён статус обращения «Заявка на ТП жилого дома»"));
        assertThat(status).startsWith("Здравствуйте, Кравцова Елена!")
                .contains("Регистрационный номер: 1563")
                .contains("Прежний статус: Заявка на рассмотрении сетевой организацией")
                .contains("Новый статус: Подготовка оферты договора")
                .contains("https://lk.gorset.ru")
                .contains("С уважением,\nАО «Городская электросеть»");
        assertThat(MailTestKit.text(bySubject.get("Новое сообщение по обращению «Заявка на ТП жилого дома»")))
                .contains("(регистрационный номер: без номера)");
        assertThat(MailTestKit.text(bySubject.get("Документ «Оферта договора ТП» ожидает вашей подписи")))
                .contains("ожидает вашей подписи");
        assertThat(MailTestKit.text(bySubject.get("Регистрация в личном кабинете отклонена")))
                .contains("Причина: СНИЛС не прошёл проверку");
        assertThat(MailTestKit.text(bySubject.get("Требуется исправить данные регистрации")))
                .contains("Что нужно исправить: Укажите отчество полностью");
        assertThat(MailTestKit.text(bySubject.get("Показание по лицевому счёту 6201000007 не принято")))
                .contains("Показание 12345 по лицевому счёту 6201000007 не принято к расчёту. Причина: Прибор учёта неисправен");
        assertThat(MailTestKit.text(bySubject.get("Ответ на уведомление о неисправности прибора учёта № 30000007")))
                .contains("сообщаем: Специалист приедет 22 декабря");
        MimeMessage registration = bySubject.get("Новая регистрация на портале: ООО «Ромашка»");
        assertThat(addresses(registration.getAllRecipients())).containsExactly(MailTestKit.MAILBOX);
        assertThat(MailTestKit.text(registration)).contains("Тип заявителя: Юридическое лицо")
                .contains("Дата регистрации: 23.11.2026 00:30");
    }

    @Test
    void aBadAddressFailsAloneWithItsReasonWhileTheOthersArrive() throws Exception {
        long first = kit.outbox.enqueue(NotificationKind.REGISTRATION_CONFIRMED, null,
                new MailMessage("petrov@mail.ru", "Регистрация подтверждена", "Здравствуйте!"), Instant.now());
        long bad = kit.outbox.enqueue(NotificationKind.REGISTRATION_CONFIRMED, null,
                new MailMessage("ivanov@mail..ru", "Регистрация подтверждена", "Здравствуйте!"), Instant.now());
        long last = kit.outbox.enqueue(NotificationKind.REGISTRATION_CONFIRMED, null,
                new MailMessage("sidorov@example.ru", "Регистрация подтверждена", "Здравствуйте!"), Instant.now());

        assertThat(delivery(MailTestKit.PASSWORD).deliverDue(Instant.now())).isEqualTo(new DeliveryReport(2, 0, 1));

        assertThat(server.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(Arrays.stream(server.getReceivedMessages()).flatMap(m -> addresses(recipients(m)).stream()))
                .containsExactlyInAnyOrder("petrov@mail.ru", "sidorov@example.ru");
        OutboxEntry failed = kit.outbox.find(bad).orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("Некорректный адрес получателя «ivanov@mail..ru»");
        assertThat(kit.outbox.find(first).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(kit.outbox.find(last).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(kit.outbox.list(OutboxQuery.in(OutboxState.FAILED), 10)).extracting(OutboxEntry::id).containsExactly(bad);
    }

    @Test
    void aWrongPasswordKeepsTheMailWaitingWithTheReason() {
        long id = kit.outbox.enqueue(NotificationKind.REGISTRATION_CONFIRMED, null,
                new MailMessage("petrov@mail.ru", "Регистрация подтверждена", "Здравствуйте!"), Instant.now());

        assertThat(delivery("wrong").deliverDue(Instant.now())).isEqualTo(new DeliveryReport(0, 1, 0));

        OutboxEntry waiting = kit.outbox.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("не принял имя пользователя или пароль");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}

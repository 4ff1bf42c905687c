package org.griddesk.app.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.notifications.JooqMailTemplates;
import org.griddesk.persistence.notifications.JooqOutbox;

/** The real outbox on an H2 file in a test folder, the seeded templates, and a GreenMail SMTP server. */
final class MailTestKit implements AutoCloseable {
    static final String ORGANISATION = "АО «Городская электросеть»";
    static final String MAILBOX = "portal@gorset.ru";
    static final String SENDER = "noreply@gorset.ru";
    static final String PASSWORD = "Секрет-2026";
    static final Applicant KRAVTSOVA = new Applicant(7, ApplicantType.INDIVIDUAL,
            new PersonFullName("Кравцова", "Елена", null), Email.parse("kravtsova@yandex.ru"),
            PhoneNumber.parse("89031234567"), Snils.parse("049-114-804 49"), null, null, null, null, null, null,
            Instant.parse("2026-10-01T09:00:00Z"));

    final Database database;
    final JooqOutbox outbox;
    final MailNotifier notifier;

    private MailTestKit(Database database) {
        this.database = database;
        this.outbox = new JooqOutbox(database.dsl());
        this.notifier = new MailNotifier(new JooqMailTemplates(database.dsl()), outbox,
                Clock.system(ZoneId.of("Europe/Moscow")), ORGANISATION, MAILBOX, "https://lk.gorset.ru");
    }

    static MailTestKit open(Path folder) {
        return new MailTestKit(Database.open(DatabaseSettings.embeddedH2(folder)));
    }

    static CaseCard card(String number) {
        Instant now = Instant.now();
        return new CaseCard(11, 3, CaseKind.APPLICATION, "Заявка на ТП жилого дома", KRAVTSOVA,
                "Подготовка оферты договора", number, now, now, List.of(), List.of());
    }

    /** The mail server of the organisation: accepts everyone, asks {@link #SENDER} to log in. */
    static GreenMail smtpServer(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(SENDER, SENDER, PASSWORD));
        return server;
    }

    static SmtpSettings settings(int port, String password) {
        return new SmtpSettings("127.0.0.1", port, SmtpSettings.Tls.NONE, SENDER, password, SENDER,
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    /** A port nothing listens on right now: a mail server that is down. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded text of a received message, with the line ends the sender used. */
    static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n").strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

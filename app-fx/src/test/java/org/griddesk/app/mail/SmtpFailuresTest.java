package org.griddesk.app.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.griddesk.core.notifications.MailDeliveryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures Angus Mail reports, built as its SMTP transport builds them. */
class SmtpFailuresTest {
    private static final String SERVER = "smtp.gorset.ru:587";

    private static MailDeliveryException classify(MessagingException e) {
        return SmtpFailures.classify(e, SERVER);
    }

    private static SendFailedException rcptRejected(int code, String reply) throws Exception {
        InternetAddress address = new InternetAddress("nobody@gorset.ru");
        SMTPAddressFailedException failure = new SMTPAddressFailedException(address, "RCPT TO:<nobody@gorset.ru>", code, reply);
        Address[] none = {};
        return code >= 500
                ? new SendFailedException("Invalid Addresses", failure, none, none, new Address[]{address})
                : new SendFailedException("Invalid Addresses", failure, none, new Address[]{address}, none);
    }

    @Test
    void aRecipientRefusedWith5xxIsPermanent() throws Exception {
        MailDeliveryException result = classify(rcptRejected(550, "550 5.1.1 <nobody@gorset.ru>: User unknown"));
        assertThat(result.permanent()).isTrue();
        assertThat(result.getMessage()).isEqualTo("Почтовый сервер отклонил адрес получателя: 550 5.1.1 <nobody@gorset.ru>: User unknown");
    }

    @Test
    void aRecipientDeferredWith4xxIsTemporary() throws Exception {
        MailDeliveryException result = classify(rcptRejected(450, "450 4.2.1 Mailbox busy"));
        assertThat(result.permanent()).isFalse();
        assertThat(result.getMessage()).contains("временно").contains("450 4.2.1 Mailbox busy");
    }

    @Test
    void aMessageRefusedAtDataFollowsTheReplyCode() {
        Address[] none = {};
        assertThat(classify(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected as spam", null, none, none, none))
                .permanent()).isTrue();
        assertThat(classify(new SMTPSendFailedException("DATA", 451, "451 4.3.0 Try again later", null, none, none, none))
                .permanent()).isFalse();
    }

    @Test
    void ourOwnConfigurationProblemsAreTemporary() throws Exception {
        MailDeliveryException login = classify(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid"));
        assertThat(login.permanent()).isFalse();
        assertThat(login.getMessage()).contains(SERVER).contains("не принял имя пользователя или пароль");

        MailDeliveryException sender = classify(new SMTPSenderFailedException(new InternetAddress("griddesk@localhost"),
                "MAIL FROM:<griddesk@localhost>", 553, "553 5.7.1 Sender address rejected"));
        assertThat(sender.permanent()).isFalse();
        assertThat(sender.getMessage()).contains("адрес отправителя");
    }

    @Test
    void anUnreachableServerIsTemporary() {
        MailConnectException refused = new MailConnectException(new SocketConnectException(
                "Using socket factory class", new ConnectException("Connection refused"), "smtp.gorset.ru", 587, 10_000));
        MailDeliveryException down = classify(refused);
        assertThat(down.permanent()).isFalse();
        assertThat(down.getMessage()).isEqualTo("Почтовый сервер smtp.gorset.ru:587 недоступен: Connection refused");

        MailDeliveryException slow = classify(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out")));
        assertThat(slow.permanent()).isFalse();
        assertThat(slow.getMessage()).contains("недоступен").contains("Read timed out");
    }

    @Test
    void anythingElseIsTemporary() {
        assertThat(classify(new MessagingException("Something odd")).permanent()).isFalse();
    }
}

package org.griddesk.app.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.griddesk.core.notifications.MailDeliveryException;

/**
 * Tells a failure of the message from a failure of the moment. A recipient the server refuses with a 5xx reply
 * is permanent; 4xx replies, an unreachable server, and problems of our own configuration (login, sender
 * address) are temporary: once fixed, the waiting messages go out by themselves.
 */
final class SmtpFailures {
    private SmtpFailures() {
    }

    static MailDeliveryException classify(MessagingException failure, String server) {
        List<Throwable> chain = chain(failure);
        if (find(chain, AuthenticationFailedException.class) != null) {
            return MailDeliveryException.temporary("Почтовый сервер " + server
                    + " не принял имя пользователя или пароль: " + text(failure), failure);
        }
        SMTPSenderFailedException sender = find(chain, SMTPSenderFailedException.class);
        if (sender != null) {
            return MailDeliveryException.temporary("Почтовый сервер не принял адрес отправителя "
                    + sender.getAddress() + ": " + text(sender), failure);
        }
        SMTPAddressFailedException address = find(chain, SMTPAddressFailedException.class);
        if (address != null) {
            return address.getReturnCode() >= 500
                    ? MailDeliveryException.permanent("Почтовый сервер отклонил адрес получателя: " + text(address), failure)
                    : MailDeliveryException.temporary("Почтовый сервер временно не принял адрес получателя: "
                    + text(address), failure);
        }
        SMTPSendFailedException rejected = find(chain, SMTPSendFailedException.class);
        if (rejected != null) {
            return rejected.getReturnCode() >= 500
                    ? MailDeliveryException.permanent("Почтовый сервер отклонил письмо: " + text(rejected), failure)
                    : MailDeliveryException.temporary("Почтовый сервер временно не принял письмо: " + text(rejected), failure);
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return MailDeliveryException.permanent("Недопустимый адрес получателя: " + text(failure), failure);
        }
        if (find(chain, MailConnectException.class) != null || find(chain, IOException.class) != null) {
            return MailDeliveryException.temporary("Почтовый сервер " + server + " недоступен: "
                    + text(deepest(chain)), failure);
        }
        return MailDeliveryException.temporary("Ошибка отправки письма: " + text(failure), failure);
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        if (t instanceof SocketConnectException connect && connect.getException() != null) {
            return connect.getException();
        }
        return t.getCause();
    }

    private static <T extends Throwable> T find(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static Throwable deepest(List<Throwable> chain) {
        return chain.getLast();
    }

    private static String text(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message.strip();
    }
}

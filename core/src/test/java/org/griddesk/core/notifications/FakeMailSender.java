package org.griddesk.core.notifications;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records what it sends; rejects chosen addresses for good, or fails everything while "down". */
final class FakeMailSender implements MailSender {
    final List<MailMessage> sent = new ArrayList<>();
    final Set<String> rejected = new HashSet<>();
    boolean down;
    RuntimeException bug;

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        if (bug != null) {
            throw bug;
        }
        if (down) {
            throw MailDeliveryException.temporary("Почтовый сервер недоступен", null);
        }
        if (rejected.contains(message.to())) {
            throw MailDeliveryException.permanent("Адрес отклонён сервером: 550 no such user " + message.to(), null);
        }
        sent.add(message);
    }

    List<String> recipients() {
        return sent.stream().map(MailMessage::to).toList();
    }
}

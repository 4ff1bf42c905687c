package org.griddesk.core.notifications;

/** Port: hands one message to the mail server (SMTP in the application). */
public interface MailSender {
    void send(MailMessage message) throws MailDeliveryException;
}

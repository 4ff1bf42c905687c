package org.griddesk.app.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.griddesk.core.notifications.MailDeliveryException;
import org.griddesk.core.notifications.MailMessage;
import org.griddesk.core.notifications.MailSender;

/** Sends each message as plain UTF-8 text over its own SMTP connection, as configured by {@link SmtpSettings}. */
public final class SmtpMailSender implements MailSender {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        if (!settings.configured()) {
            throw MailDeliveryException.temporary("Почтовый сервер не настроен (griddesk.mail.host)", null);
        }
        InternetAddress recipient = recipient(message.to());
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipient(Message.RecipientType.TO, recipient);
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            if (settings.authenticated()) {
                Transport.send(mime, settings.user(), settings.password());
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e, settings.server());
        }
    }

    /** An address no server could accept fails for good, before any connection is made. */
    private static InternetAddress recipient(String to) throws MailDeliveryException {
        try {
            InternetAddress address = new InternetAddress(to, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw MailDeliveryException.permanent("Некорректный адрес получателя «" + to + "»: " + e.getMessage(), e);
        }
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.from", settings.from());
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticated()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        switch (settings.tls()) {
            case NONE -> { }
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                // Never fall back to plain text when the server does not offer STARTTLS: the password would leak.
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return properties;
    }
}

package org.griddesk.core.notifications;

/**
 * A message could not be handed to the mail server. Permanent failures (a rejected recipient, an address that
 * cannot exist) are not retried; temporary ones (server unreachable, busy) are. The message is for operators.
 */
public class MailDeliveryException extends Exception {
    private final boolean permanent;

    public MailDeliveryException(String russianMessage, boolean permanent, Throwable cause) {
        super(russianMessage, cause);
        this.permanent = permanent;
    }

    public static MailDeliveryException permanent(String russianMessage, Throwable cause) {
        return new MailDeliveryException(russianMessage, true, cause);
    }

    public static MailDeliveryException temporary(String russianMessage, Throwable cause) {
        return new MailDeliveryException(russianMessage, false, cause);
    }

    public boolean permanent() {
        return permanent;
    }
}

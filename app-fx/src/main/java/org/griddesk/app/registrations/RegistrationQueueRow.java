package org.griddesk.app.registrations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.registrations.Activation;
import org.griddesk.core.registrations.ActivationStatus;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationRow;

/**
 * One line of the registration queue as the table shows it. {@code duplicates} is counted apart from the row's
 * problems because the core keeps duplicates out of the queue row.
 */
public record RegistrationQueueRow(long id, String registeredAt, String type, String name, String phone,
                                   String email, String state, String activation, int problems, int duplicates) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    public static RegistrationQueueRow of(RegistrationRow row, int duplicates) {
        Registration registration = row.registration();
        return new RegistrationQueueRow(registration.id(), format(registration.registeredAt()),
                registration.type().title(), registration.displayName(),
                registration.form().phone() == null ? "" : PhoneNumber.displayed(registration.form().phone()),
                text(registration.form().email()), registration.state().title(), activation(row.activation()),
                row.problems().size(), duplicates);
    }

    /** The 24-hour window in the words of the brief: time left, "активирована" or "истекла". */
    static String activation(Activation activation) {
        if (activation.status() == ActivationStatus.ACTIVATED) {
            return "активирована";
        }
        if (activation.status() == ActivationStatus.EXPIRED) {
            return "истекла";
        }
        return Activation.remainingText(activation.remaining());
    }

    /** "⚠ 2, совпадений: 1": empty when nothing is wrong, so clean rows stay quiet. */
    public String problemsText() {
        if (problems == 0 && duplicates == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("⚠");
        if (problems > 0) {
            text.append(' ').append(problems);
        }
        if (duplicates > 0) {
            text.append(problems > 0 ? ", " : " ").append("совпадений: ").append(duplicates);
        }
        return text.toString();
    }

    public boolean flagged() {
        return problems > 0 || duplicates > 0;
    }

    static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

package org.griddesk.core.registrations;

import java.time.Duration;
import java.time.Instant;

/** The 24-hour activation window of one registration at a given moment. */
public record Activation(ActivationStatus status, Instant deadline, Duration remaining) {

    public static Activation of(Registration registration, Instant now) {
        Instant deadline = registration.activationDeadline();
        if (registration.activatedAt() != null) {
            return new Activation(ActivationStatus.ACTIVATED, deadline, Duration.ZERO);
        }
        if (!now.isBefore(deadline)) {
            return new Activation(ActivationStatus.EXPIRED, deadline, Duration.ZERO);
        }
        return new Activation(ActivationStatus.WAITING, deadline, Duration.between(now, deadline));
    }

    /** "осталось 5 ч 12 мин", counted down to whole minutes so the clerk never sees more time than there is. */
    public static String remainingText(Duration remaining) {
        long hours = remaining.toHours();
        int minutes = remaining.toMinutesPart();
        if (hours == 0 && minutes == 0) {
            return "осталось менее минуты";
        }
        if (hours == 0) {
            return "осталось " + minutes + " мин";
        }
        return "осталось " + hours + " ч " + minutes + " мин";
    }

    /** The queue column: "Активирована", "Ожидает активации: осталось 5 ч 12 мин" or "Срок активации истёк". */
    public String describe() {
        return status == ActivationStatus.WAITING ? status.title() + ": " + remainingText(remaining) : status.title();
    }
}

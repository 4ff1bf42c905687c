package org.griddesk.core.notifications;

import java.time.Duration;

/**
 * Exponential back-off between attempts: 30 s after the first failure, then 1 min, 2 min … never more than
 * 30 min; after the last allowed attempt the entry is given up as failed (about three hours of trying).
 */
public record DeliveryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    public static final DeliveryPolicy STANDARD = new DeliveryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 12);

    public DeliveryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid delivery policy: " + firstDelay + ", " + maxDelay + ", " + maxAttempts);
        }
    }

    /** The wait after {@code attempts} failed attempts (1 for the first failure). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** No attempt is left after {@code attempts} failures. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}

package org.griddesk.core.notifications;

/** What one delivery run did. */
public record DeliveryReport(int sent, int retried, int failed) {
    public static final DeliveryReport NOTHING = new DeliveryReport(0, 0, 0);

    public DeliveryReport plus(DeliveryReport other) {
        return new DeliveryReport(sent + other.sent, retried + other.retried, failed + other.failed);
    }

    public int total() {
        return sent + retried + failed;
    }
}

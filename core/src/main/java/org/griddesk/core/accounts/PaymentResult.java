package org.griddesk.core.accounts;

/** What came of a payment: only a successful one counts towards the balance. */
public enum PaymentResult {
    SUCCEEDED("Оплата прошла успешно"),
    FAILED("Оплата не прошла");

    private final String title;

    PaymentResult(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

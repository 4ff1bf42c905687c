package org.griddesk.core.accounts;

/** How the customer paid (§2.8). */
public enum PaymentMethod {
    CARD("Банковская карта"),
    SBP("СБП");

    private final String title;

    PaymentMethod(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

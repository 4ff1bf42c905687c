package org.griddesk.core.readings;

/** Where a customer's notice of a faulty meter stands. */
public enum FaultState {
    NEW("Новое"),
    ANSWERED("Дан ответ");

    private final String title;

    FaultState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

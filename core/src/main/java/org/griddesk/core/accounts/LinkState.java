package org.griddesk.core.accounts;

/** Where a portal user's request to link an account stands (§2.4). */
public enum LinkState {
    NEW("Новая"),
    LINKED("Счёт привязан"),
    REFUSED("Отказано");

    private final String title;

    LinkState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package org.griddesk.core.notifications;

/** Where a queued e-mail stands. */
public enum OutboxState {
    PENDING("Ожидает отправки"),
    SENT("Отправлено"),
    FAILED("Ошибка");

    private final String title;

    OutboxState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

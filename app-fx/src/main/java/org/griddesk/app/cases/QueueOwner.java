package org.griddesk.app.cases;

/** The queue's «Исполнитель» filter: one click for the operator's own cases or the unassigned ones. */
public enum QueueOwner {
    ALL("Все обращения"),
    MINE("Мои обращения"),
    UNASSIGNED("Без исполнителя");

    private final String title;

    QueueOwner(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}

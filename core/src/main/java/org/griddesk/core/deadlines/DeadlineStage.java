package org.griddesk.core.deadlines;

/** The steps of a request that have a legal answer time. */
public enum DeadlineStage {
    MISSING_INFORMATION_NOTICE("Уведомление о недостающих документах или сведениях"),
    CONTRACT_DOCUMENTS("Направление документов договора (оферта, технические условия)"),
    CONTRACT_EXECUTION("Исполнение договора (мероприятия по присоединению)"),
    ANSWER("Ответ на обращение");

    private final String title;

    DeadlineStage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

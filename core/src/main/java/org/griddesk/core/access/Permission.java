package org.griddesk.core.access;

/** A protected action; services check it, the UI only mirrors it. */
public enum Permission {
    VIEW_CASES("просмотр обращений"),
    EDIT_CASES("изменение обращений"),
    EXPORT_REPORTS("отчёты и их выгрузка"),
    ASSIGN_CASES("распределение обращений между исполнителями"),
    MANAGE_OPERATORS("управление операторами"),
    SIGN_FOR_ORGANISATION("подписание от имени организации");

    private final String title;

    Permission(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package org.griddesk.core.registrations;

/** Where a clerk's review of a portal registration stands. */
public enum RegistrationState {
    NEW("Новая"),
    CONFIRMED("Подтверждена"),
    REJECTED("Отклонена"),
    CORRECTION_REQUESTED("Требует исправления"),
    BLOCKED("Заблокирована");

    private final String title;

    RegistrationState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

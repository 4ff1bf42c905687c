package org.griddesk.core.notifications;

/** Why a message is sent; each kind has its own editable template. */
public enum NotificationKind {
    CASE_STATUS_CHANGED("Изменён статус обращения"),
    ORGANISATION_MESSAGE("Новое сообщение по обращению"),
    ORGANISATION_DOCUMENT("Новый документ по обращению"),
    SIGNATURE_AWAITED("Документ ожидает подписания"),
    DOCUMENT_SIGNED_BY_BOTH("Документ подписан обеими сторонами"),
    STATUS_NOTE_ADDED("Новый статус по обращению"),
    REGISTRATION_CONFIRMED("Регистрация подтверждена"),
    REGISTRATION_REJECTED("Регистрация отклонена"),
    REGISTRATION_CORRECTION("Требуется исправить данные регистрации"),
    NEW_REGISTRATION("Новая регистрация на портале"),
    READING_REJECTED("Показание не принято"),
    READING_CORRECTED("Показание принято с исправлением"),
    FAULT_NOTICE_ANSWERED("Ответ на уведомление о неисправности прибора учёта");

    private final String title;

    NotificationKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

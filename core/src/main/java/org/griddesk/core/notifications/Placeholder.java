package org.griddesk.core.notifications;

/** The {{placeholders}} templates may use, with the Russian hint an administrator sees when editing them. */
public enum Placeholder {
    APPLICANT("applicant", "имя заявителя"),
    APPLICANT_TYPE("applicantType", "тип заявителя"),
    REGISTERED_AT("registeredAt", "дата и время регистрации"),
    CASE_TITLE("caseTitle", "тема обращения"),
    CASE_NUMBER("caseNumber", "регистрационный номер обращения или «без номера»"),
    OLD_STATUS("oldStatus", "прежний статус"),
    NEW_STATUS("newStatus", "новый статус"),
    DOCUMENT("document", "наименование документа"),
    REASON("reason", "причина, указанная сотрудником"),
    ACCOUNT("account", "номер лицевого счёта"),
    READING("reading", "показание прибора учёта"),
    METER("meter", "заводской номер прибора учёта"),
    ORGANISATION("organisation", "наименование сетевой организации"),
    PORTAL("portal", "ссылка на личный кабинет");

    private final String key;
    private final String hint;

    Placeholder(String key, String hint) {
        this.key = key;
        this.hint = hint;
    }

    public String key() {
        return key;
    }

    public String hint() {
        return hint;
    }

    /** As written in a template: {{key}}. */
    public String token() {
        return "{{" + key + "}}";
    }
}

package org.griddesk.core.registrations;

import org.griddesk.core.applicants.ApplicantType;

/** The fields of the portal's registration form (seeds 000 and 003), plus consents and activation. */
public enum RegistrationField {
    LAST_NAME("Фамилия"),
    FIRST_NAME("Имя"),
    PATRONYMIC("Отчество"),
    ORGANISATION_FULL_NAME("Полное наименование"),
    ORGANISATION_SHORT_NAME("Сокращенное наименование"),
    EMAIL("Логин (e-mail)"),
    PHONE("Мобильный телефон"),
    SNILS("СНИЛС"),
    INN("ИНН"),
    OGRN("ОГРН"),
    OGRNIP("ОГРНИП"),
    KPP("КПП"),
    CONTACT_LAST_NAME("Фамилия контактного лица"),
    CONTACT_FIRST_NAME("Имя контактного лица"),
    CONTACT_PATRONYMIC("Отчество контактного лица"),
    CONSENT_PERSONAL_DATA_LAW("Ознакомление с положениями 152-ФЗ «О персональных данных»"),
    CONSENT_PROCESSING("Согласие на передачу и обработку персональных данных"),
    CONSENT_MARKETING("Согласие на получение рекламно-информационной рассылки"),
    ACTIVATION("Активация личного кабинета");

    private final String title;

    RegistrationField(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The label the form shows for this type: a legal entity's person is its contact person (seed 000). */
    public String titleFor(ApplicantType type) {
        if (type == ApplicantType.LEGAL_ENTITY) {
            return switch (this) {
                case LAST_NAME -> CONTACT_LAST_NAME.title;
                case FIRST_NAME -> CONTACT_FIRST_NAME.title;
                case PATRONYMIC -> CONTACT_PATRONYMIC.title;
                default -> title;
            };
        }
        return title;
    }
}

package org.griddesk.app.admin;

import java.util.function.Function;
import org.griddesk.core.settings.OrganisationProfile;

/** The fields of "Данные и настройки", with the labels of seed 002's administrator page. */
public enum ProfileField {
    NAME("Наименование организации", OrganisationProfile::name),
    ADDRESS("Адрес", OrganisationProfile::address),
    PHONE("Телефон", OrganisationProfile::phone),
    EMAIL("Адрес электронной почты", OrganisationProfile::email),
    SITE("Сайт", OrganisationProfile::site),
    NOTIFICATION_MAILBOX("Электронная почта для уведомлений о новых регистрациях", OrganisationProfile::notificationMailbox),
    APPLICATION_FORMS_URL("Ссылка на страницу, содержащую формы заявок на технологическое присоединение",
            OrganisationProfile::applicationFormsUrl);

    private final String label;
    private final Function<OrganisationProfile, String> value;

    ProfileField(String label, Function<OrganisationProfile, String> value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public String valueOf(OrganisationProfile profile) {
        return value.apply(profile);
    }
}

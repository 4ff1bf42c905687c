package org.griddesk.core.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.ValidationException;

/** What "Данные и настройки" accepts; the titles are the form's labels, reused in the audit trail. */
final class ProfileRules {
    record Field(String title, Function<OrganisationProfile, String> value, int maxLength) {
    }

    static final Field NAME = new Field("Наименование организации", OrganisationProfile::name, 500);
    static final Field ADDRESS = new Field("Адрес", OrganisationProfile::address, 1000);
    static final Field PHONE = new Field("Телефон", OrganisationProfile::phone, 100);
    static final Field EMAIL = new Field("Адрес электронной почты", OrganisationProfile::email, 254);
    static final Field SITE = new Field("Сайт", OrganisationProfile::site, 300);
    static final Field MAILBOX = new Field("Электронная почта для уведомлений о новых регистрациях",
            OrganisationProfile::notificationMailbox, 254);
    static final Field FORMS = new Field("Ссылка на страницу, содержащую формы заявок на технологическое присоединение",
            OrganisationProfile::applicationFormsUrl, 1000);
    static final List<Field> FIELDS = List.of(NAME, ADDRESS, PHONE, EMAIL, SITE, MAILBOX, FORMS);

    private ProfileRules() {
    }

    /** The profile with e-mail addresses in their normal form; a ValidationException names the field at fault. */
    static OrganisationProfile check(OrganisationProfile profile) {
        if (profile.name().isEmpty()) {
            throw new ValidationException("Укажите наименование организации");
        }
        for (Field field : FIELDS) {
            if (field.value().apply(profile).length() > field.maxLength()) {
                throw new ValidationException("«" + field.title() + "»: не более " + field.maxLength() + " символов");
            }
        }
        // Links reach the portal's pages: only web addresses, never javascript:, data: or file: links.
        for (Field link : List.of(SITE, FORMS)) {
            String url = link.value().apply(profile);
            if (!url.isEmpty() && !isWebAddress(url)) {
                throw new ValidationException("«" + link.title() + "»: укажите адрес страницы целиком, "
                        + "начиная с https:// или http://");
            }
        }
        for (Field field : FIELDS) {
            PlainText.refuseHidden(field.value().apply(profile), field.title());
        }
        String url = profile.applicationFormsUrl();
        return new OrganisationProfile(profile.name(), profile.address(), profile.phone(), email(EMAIL, profile.email()),
                profile.site(), email(MAILBOX, profile.notificationMailbox()), url, profile.version());
    }

    private static String email(Field field, String value) {
        if (value.isEmpty()) {
            return value;
        }
        try {
            return Email.parse(value).value();
        } catch (IllegalArgumentException e) {
            throw new ValidationException("«" + field.title() + "»: " + e.getMessage());
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package org.griddesk.core.registrations;

import java.util.Objects;
import org.griddesk.core.applicants.ApplicantType;

/**
 * The registration form exactly as the portal stored it. Strings stay raw (untrimmed, unparsed): a wrong INN
 * has to be kept to be shown and flagged. A legal entity's last/first name and patronymic are its contact
 * person's; the {@code contact*} fields are a sole proprietor's optional additional contact person.
 */
public record RegistrationForm(ApplicantType type, String lastName, String firstName, String patronymic,
                               String email, String phone, String snils, String inn, String ogrn, String ogrnip,
                               String kpp, String organisationFullName, String organisationShortName,
                               boolean additionalContact, String contactLastName, String contactFirstName,
                               String contactPatronymic) {

    public RegistrationForm {
        Objects.requireNonNull(type, "type");
    }

    /** The raw value of a text field; null for consents and activation, which are not text. */
    public String value(RegistrationField field) {
        return switch (field) {
            case LAST_NAME -> lastName;
            case FIRST_NAME -> firstName;
            case PATRONYMIC -> patronymic;
            case ORGANISATION_FULL_NAME -> organisationFullName;
            case ORGANISATION_SHORT_NAME -> organisationShortName;
            case EMAIL -> email;
            case PHONE -> phone;
            case SNILS -> snils;
            case INN -> inn;
            case OGRN -> ogrn;
            case OGRNIP -> ogrnip;
            case KPP -> kpp;
            case CONTACT_LAST_NAME -> contactLastName;
            case CONTACT_FIRST_NAME -> contactFirstName;
            case CONTACT_PATRONYMIC -> contactPatronymic;
            case CONSENT_PERSONAL_DATA_LAW, CONSENT_PROCESSING, CONSENT_MARKETING, ACTIVATION -> null;
        };
    }

    /** A copy with one text field replaced: fixtures and tests build wrong forms this way. */
    public RegistrationForm with(RegistrationField field, String value) {
        String[] v = {lastName, firstName, patronymic, email, phone, snils, inn, ogrn, ogrnip, kpp,
                organisationFullName, organisationShortName, contactLastName, contactFirstName, contactPatronymic};
        int index = switch (field) {
            case LAST_NAME -> 0;
            case FIRST_NAME -> 1;
            case PATRONYMIC -> 2;
            case EMAIL -> 3;
            case PHONE -> 4;
            case SNILS -> 5;
            case INN -> 6;
            case OGRN -> 7;
            case OGRNIP -> 8;
            case KPP -> 9;
            case ORGANISATION_FULL_NAME -> 10;
            case ORGANISATION_SHORT_NAME -> 11;
            case CONTACT_LAST_NAME -> 12;
            case CONTACT_FIRST_NAME -> 13;
            case CONTACT_PATRONYMIC -> 14;
            case CONSENT_PERSONAL_DATA_LAW, CONSENT_PROCESSING, CONSENT_MARKETING, ACTIVATION ->
                    throw new IllegalArgumentException(field + " is not a text field");
        };
        v[index] = value;
        return new RegistrationForm(type, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                additionalContact, v[12], v[13], v[14]);
    }

    /** The sole proprietor's "Есть дополнительное контактное лицо" checkbox. */
    public RegistrationForm withAdditionalContact(boolean checked) {
        return new RegistrationForm(type, lastName, firstName, patronymic, email, phone, snils, inn, ogrn, ogrnip, kpp,
                organisationFullName, organisationShortName, checked, contactLastName, contactFirstName,
                contactPatronymic);
    }

    /** What the queue shows: the organisation's short name, or the person's name as typed. */
    public String displayName() {
        if (type == ApplicantType.LEGAL_ENTITY) {
            String name = firstFilled(organisationShortName, organisationFullName);
            if (name != null) {
                return name;
            }
        }
        StringBuilder text = new StringBuilder();
        for (String part : new String[]{lastName, firstName, patronymic}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return text.isEmpty() ? "(без имени)" : text.toString();
    }

    private static String firstFilled(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : null;
    }
}

package org.griddesk.core.registrations;

import static org.griddesk.core.registrations.RegistrationField.CONTACT_FIRST_NAME;
import static org.griddesk.core.registrations.RegistrationField.CONTACT_LAST_NAME;
import static org.griddesk.core.registrations.RegistrationField.CONTACT_PATRONYMIC;
import static org.griddesk.core.registrations.RegistrationField.EMAIL;
import static org.griddesk.core.registrations.RegistrationField.FIRST_NAME;
import static org.griddesk.core.registrations.RegistrationField.INN;
import static org.griddesk.core.registrations.RegistrationField.KPP;
import static org.griddesk.core.registrations.RegistrationField.LAST_NAME;
import static org.griddesk.core.registrations.RegistrationField.OGRN;
import static org.griddesk.core.registrations.RegistrationField.OGRNIP;
import static org.griddesk.core.registrations.RegistrationField.ORGANISATION_FULL_NAME;
import static org.griddesk.core.registrations.RegistrationField.ORGANISATION_SHORT_NAME;
import static org.griddesk.core.registrations.RegistrationField.PATRONYMIC;
import static org.griddesk.core.registrations.RegistrationField.PHONE;
import static org.griddesk.core.registrations.RegistrationField.SNILS;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields each applicant type must fill: seed 000 gives names, login and phone (with the sole proprietor's
 * optional contact person), seed 003 adds the identifiers. A proxy fills what an individual fills (seed 000
 * lists them together), SNILS included, because the applicant record identifies both by SNILS.
 */
public final class RequiredFields {
    private RequiredFields() {
    }

    public static List<RegistrationField> of(RegistrationForm form) {
        List<RegistrationField> fields = new ArrayList<>();
        switch (form.type()) {
            case INDIVIDUAL, PROXY -> fields.addAll(List.of(LAST_NAME, FIRST_NAME, PATRONYMIC, EMAIL, PHONE, SNILS));
            case SOLE_PROPRIETOR -> {
                fields.addAll(List.of(LAST_NAME, FIRST_NAME, PATRONYMIC, EMAIL, PHONE, INN, OGRNIP));
                if (form.additionalContact()) {
                    fields.addAll(List.of(CONTACT_LAST_NAME, CONTACT_FIRST_NAME, CONTACT_PATRONYMIC));
                }
            }
            case LEGAL_ENTITY -> fields.addAll(List.of(ORGANISATION_FULL_NAME, ORGANISATION_SHORT_NAME, EMAIL, PHONE,
                    LAST_NAME, FIRST_NAME, PATRONYMIC, INN, OGRN, KPP));
        }
        return List.copyOf(fields);
    }

    /** The required fields that hold something: what a confirmation marks as verified. */
    public static List<RegistrationField> filled(RegistrationForm form) {
        return of(form).stream().filter(field -> {
            String value = form.value(field);
            return value != null && !value.isBlank();
        }).toList();
    }
}

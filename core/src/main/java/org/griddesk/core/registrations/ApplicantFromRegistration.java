package org.griddesk.core.registrations;

import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PersonName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;

/** The applicant a confirmed registration becomes; called only once the checks found no errors. */
final class ApplicantFromRegistration {
    private ApplicantFromRegistration() {
    }

    static Applicant create(Registration registration) {
        RegistrationForm form = registration.form();
        ApplicantType type = form.type();
        String patronymic = PersonName.requireNamePart(form.patronymic(),
                RegistrationField.PATRONYMIC.titleFor(type), false);
        PersonFullName person = new PersonFullName(
                PersonName.requireNamePart(form.lastName(), RegistrationField.LAST_NAME.titleFor(type), true),
                PersonName.requireNamePart(form.firstName(), RegistrationField.FIRST_NAME.titleFor(type), true),
                patronymic.isEmpty() ? null : patronymic);
        Email email = Email.parse(form.email());
        PhoneNumber phone = PhoneNumber.parse(form.phone());
        return switch (type) {
            case INDIVIDUAL, PROXY -> new Applicant(0, type, person, email, phone, Snils.parse(form.snils()),
                    null, null, null, null, null, null, registration.registeredAt());
            case SOLE_PROPRIETOR -> new Applicant(0, type, person, email, phone, null, Inn.parse(form.inn()), null,
                    Ogrnip.parse(form.ogrnip()), null, null, null, registration.registeredAt());
            case LEGAL_ENTITY -> new Applicant(0, type, person, email, phone, null, Inn.parse(form.inn()),
                    Ogrn.parse(form.ogrn()), null, Kpp.parse(form.kpp()), form.organisationFullName().strip(),
                    form.organisationShortName().strip(), registration.registeredAt());
        };
    }
}

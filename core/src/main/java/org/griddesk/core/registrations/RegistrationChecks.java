package org.griddesk.core.registrations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.common.DomainException;

/**
 * Everything wrong with one registration, found with the same rules the portal should have applied: the
 * identifiers' control digits and formats, the name and phone rules, mandatory fields per type, mandatory
 * consents, the SMS confirmation and the activation window. Duplicates are the {@link DuplicateFinder}'s job.
 */
public final class RegistrationChecks {
    static final String NO_PERSONAL_DATA_LAW = "Нет отметки об ознакомлении с положениями Федерального закона "
            + "от 27.07.2006 № 152-ФЗ «О персональных данных»";
    static final String NO_PROCESSING = "Нет согласия на передачу и обработку персональных данных";
    static final String PHONE_NOT_CONFIRMED = "Номер телефона не подтверждён паролем из SMS";
    static final String ACTIVATION_EXPIRED = "Личный кабинет не активирован в течение 24 часов и будет удалён";

    private RegistrationChecks() {
    }

    public static List<RegistrationProblem> check(Registration registration, Instant now) {
        List<RegistrationProblem> problems = new ArrayList<>(checkForm(registration.form(), registration.consents()));
        if (registration.phoneConfirmedAt() == null) {
            problems.add(RegistrationProblem.warning(RegistrationField.PHONE, PHONE_NOT_CONFIRMED));
        }
        Activation activation = Activation.of(registration, now);
        switch (activation.status()) {
            case WAITING -> problems.add(RegistrationProblem.note(RegistrationField.ACTIVATION,
                    "Личный кабинет не активирован: " + Activation.remainingText(activation.remaining())));
            case EXPIRED -> problems.add(RegistrationProblem.warning(RegistrationField.ACTIVATION, ACTIVATION_EXPIRED));
            case ACTIVATED -> {
            }
        }
        return List.copyOf(problems);
    }

    /** The form and its consents alone, without anything that depends on time. */
    public static List<RegistrationProblem> checkForm(RegistrationForm form, Consents consents) {
        List<RegistrationProblem> problems = new ArrayList<>();
        for (RegistrationField field : RequiredFields.of(form)) {
            RegistrationProblem problem = checkField(form, field);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (consents.personalDataLawAt() == null) {
            problems.add(RegistrationProblem.error(RegistrationField.CONSENT_PERSONAL_DATA_LAW, NO_PERSONAL_DATA_LAW));
        }
        if (consents.processingAt() == null) {
            problems.add(RegistrationProblem.error(RegistrationField.CONSENT_PROCESSING, NO_PROCESSING));
        }
        return problems;
    }

    private static RegistrationProblem checkField(RegistrationForm form, RegistrationField field) {
        String value = form.value(field);
        String title = field.titleFor(form.type());
        try {
            switch (field) {
                case LAST_NAME, FIRST_NAME, CONTACT_LAST_NAME, CONTACT_FIRST_NAME ->
                        PersonName.requireNamePart(value, title, true);
                case PATRONYMIC, CONTACT_PATRONYMIC -> {
                    if (PersonName.requireNamePart(value, title, false).isEmpty()) {
                        // Seed 000 makes it mandatory, but people without a patronymic exist: the clerk decides.
                        return RegistrationProblem.warning(field, "Не заполнено поле «" + title
                                + "»: по правилам портала оно обязательно, проверьте, есть ли отчество у заявителя");
                    }
                }
                case ORGANISATION_FULL_NAME, ORGANISATION_SHORT_NAME -> {
                    if (value == null || value.isBlank()) {
                        return RegistrationProblem.error(field, "Заполните поле «" + title + "»");
                    }
                }
                case EMAIL -> Email.parse(value);
                case PHONE -> PhoneNumber.parse(value);
                case SNILS -> Snils.parse(value);
                case INN -> {
                    return innForType(Inn.parse(value), form.type());
                }
                case OGRN -> Ogrn.parse(value);
                case OGRNIP -> Ogrnip.parse(value);
                case KPP -> Kpp.parse(value);
                case CONSENT_PERSONAL_DATA_LAW, CONSENT_PROCESSING, CONSENT_MARKETING, ACTIVATION -> {
                }
            }
        } catch (IllegalArgumentException | DomainException e) {
            // InvalidIdentifierException and ValidationException both carry the Russian text the portal shows.
            return RegistrationProblem.error(field, e.getMessage());
        }
        return null;
    }

    private static RegistrationProblem innForType(Inn inn, ApplicantType type) {
        if (type == ApplicantType.LEGAL_ENTITY && !inn.isLegalEntity()) {
            return RegistrationProblem.error(RegistrationField.INN,
                    "ИНН юридического лица должен содержать 10 цифр, а указан ИНН из 12 цифр");
        }
        if (type == ApplicantType.SOLE_PROPRIETOR && inn.isLegalEntity()) {
            return RegistrationProblem.error(RegistrationField.INN,
                    "ИНН индивидуального предпринимателя должен содержать 12 цифр, а указан ИНН из 10 цифр");
        }
        return null;
    }
}

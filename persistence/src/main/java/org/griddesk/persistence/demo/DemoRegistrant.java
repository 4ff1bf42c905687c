package org.griddesk.persistence.demo;

import static org.griddesk.persistence.demo.RussianNames.pick;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Kpp;
import org.griddesk.core.applicants.Ogrn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.applicants.ValidIdentifiers;
import org.griddesk.core.registrations.RegistrationForm;

/**
 * A believable, valid registrant of one type: typed values for the applicant a confirmation creates, and the
 * raw form the portal stored, with phone and SNILS written the various ways people type them.
 */
record DemoRegistrant(ApplicantType type, PersonFullName person, Email email, PhoneNumber phone, Snils snils,
                      Inn inn, Ogrn ogrn, Ogrnip ogrnip, Kpp kpp, String organisationFullName,
                      String organisationShortName, String writtenPhone, String writtenSnils) {

    private static final List<String> ORGANISATION_WORDS = List.of("Заря", "Октава", "Сосновый бор", "Профэнерго",
            "Вершина", "Континент", "Берёзка", "Монолит", "Тепличный комбинат", "Спектр", "Горизонт", "Арсенал");
    private static final List<String> MAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru");

    static DemoRegistrant random(ApplicantType type, Random random, int index) {
        PersonFullName person = RussianNames.person(random);
        PhoneNumber phone = ValidIdentifiers.phone(random);
        String domain = pick(MAIL_DOMAINS, random);
        // The underscore keeps these addresses apart from the demo applicants' "surname.initial<n>".
        String mailbox = RussianNames.transliterate(person.lastName()) + "_"
                + RussianNames.transliterate(person.firstName()).charAt(0) + index;
        String writtenPhone = switch (random.nextInt(3)) {
            case 0 -> phone.formatted();
            case 1 -> "8" + phone.value().substring(2);
            default -> "+7 (" + phone.value().substring(2, 5) + ") " + phone.value().substring(5, 8) + "-"
                    + phone.value().substring(8, 10) + "-" + phone.value().substring(10);
        };
        return switch (type) {
            case INDIVIDUAL, PROXY -> {
                Snils snils = ValidIdentifiers.snils(random);
                yield new DemoRegistrant(type, person, new Email(mailbox + "@" + domain), phone, snils, null, null,
                        null, null, null, null, writtenPhone, random.nextBoolean() ? snils.formatted() : snils.value());
            }
            case SOLE_PROPRIETOR -> new DemoRegistrant(type, person, new Email(mailbox + "@" + domain), phone, null,
                    ValidIdentifiers.inn12(random), null, ValidIdentifiers.ogrnip(random), null, null, null,
                    writtenPhone, null);
            case LEGAL_ENTITY -> {
                String word = pick(ORGANISATION_WORDS, random);
                boolean joinStock = random.nextInt(3) == 0;
                yield new DemoRegistrant(type, person,
                        new Email("office_" + RussianNames.transliterate(word) + index + "@" + domain), phone, null,
                        ValidIdentifiers.inn10(random), ValidIdentifiers.ogrn(random), null, ValidIdentifiers.kpp(random),
                        (joinStock ? "Акционерное общество" : "Общество с ограниченной ответственностью") + " «" + word + "»",
                        (joinStock ? "АО" : "ООО") + " «" + word + "»", writtenPhone, null);
            }
        };
    }

    RegistrationForm form() {
        return new RegistrationForm(type, person.lastName(), person.firstName(), person.patronymic(), email.value(),
                writtenPhone, writtenSnils, inn == null ? null : inn.value(), ogrn == null ? null : ogrn.value(),
                ogrnip == null ? null : ogrnip.value(), kpp == null ? null : kpp.value(), organisationFullName,
                organisationShortName, false, null, null, null);
    }

    Applicant applicant(Instant registeredAt) {
        return new Applicant(0, type, person, email, phone, snils, inn, ogrn, ogrnip, kpp, organisationFullName,
                organisationShortName, registeredAt);
    }
}

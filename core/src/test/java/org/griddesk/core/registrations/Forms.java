package org.griddesk.core.registrations;

import java.time.Instant;
import java.util.Set;
import org.griddesk.core.applicants.ApplicantType;

/** Registration forms filled with the seeds' own examples (seed 002's registered user and its identifiers). */
final class Forms {
    /** 08:00 Moscow time on 24.11.2026. */
    static final Instant REGISTERED = Instant.parse("2026-11-24T05:00:00Z");

    private Forms() {
    }

    /** Seed 002: "Туксин Артем Александрович - Email: tuksin_artem@yandex.ru - Телефон: +7-961-700-56-73 … СНИЛС: 049-114-804-49". */
    static RegistrationForm individual() {
        return new RegistrationForm(ApplicantType.INDIVIDUAL, "Туксин", "Артем", "Александрович",
                "tuksin_artem@yandex.ru", "+7-961-700-56-73", "049-114-804-49", null, null, null, null, null, null,
                false, null, null, null);
    }

    static RegistrationForm proxy() {
        return new RegistrationForm(ApplicantType.PROXY, "Кравцова", "Елена", "Игоревна", "kravtsova@yandex.ru",
                "8 (903) 123-45-67", "112-233-445 95", null, null, null, null, null, null, false, null, null, null);
    }

    /** Seed 002: "Индивидуальный предприниматель - ИНН: 420538910787 ОГРН: 318420500015205". */
    static RegistrationForm soleProprietor() {
        return new RegistrationForm(ApplicantType.SOLE_PROPRIETOR, "Туксин", "Артем", "Александрович",
                "tuksin.artem@yandex.ru", "+7-999-999-99-99", null, "420538910787", null, "318420500015205", null,
                null, null, false, null, null, null);
    }

    /** Public identifiers of a well-known bank, valid by every control rule; KPP as in the KPP hint. */
    static RegistrationForm legalEntity() {
        return new RegistrationForm(ApplicantType.LEGAL_ENTITY, "Орлова", "Ирина", "Павловна", "office@energia.ru",
                "+7 (495) 123-45-67", null, "7707083893", "1027700132195", null, "773601001",
                "Общество с ограниченной ответственностью «Энергия»", "ООО «Энергия»", false, null, null, null);
    }

    static RegistrationForm of(ApplicantType type) {
        return switch (type) {
            case INDIVIDUAL -> individual();
            case PROXY -> proxy();
            case SOLE_PROPRIETOR -> soleProprietor();
            case LEGAL_ENTITY -> legalEntity();
        };
    }

    /** Phone confirmed, all consents, activated an hour after registering: nothing to complain about. */
    static Registration complete(long id, RegistrationForm form) {
        return new Registration(id, 0, form, Consents.mandatoryOnly(REGISTERED), REGISTERED,
                REGISTERED.plusSeconds(60), REGISTERED.plusSeconds(3600), REGISTERED.plusSeconds(3600),
                RegistrationState.NEW, null, null, Set.of(), null);
    }

    static NewRegistration activated(RegistrationForm form) {
        return new NewRegistration(form, Consents.mandatoryOnly(REGISTERED), REGISTERED, REGISTERED.plusSeconds(60),
                REGISTERED.plusSeconds(3600), REGISTERED.plusSeconds(3600));
    }

    static NewRegistration notActivated(RegistrationForm form, Instant registeredAt) {
        return new NewRegistration(form, Consents.all(registeredAt), registeredAt, registeredAt.plusSeconds(60), null,
                null);
    }
}

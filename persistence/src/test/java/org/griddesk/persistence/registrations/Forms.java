package org.griddesk.persistence.registrations;

import java.time.Instant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.RegistrationForm;

/** Registration forms with the seeds' examples (seed 002's user and sole proprietor). */
final class Forms {
    static final Instant T0 = Instant.parse("2026-11-24T05:00:00Z");

    private Forms() {
    }

    static RegistrationForm individual() {
        return new RegistrationForm(ApplicantType.INDIVIDUAL, "Туксин", "Артем", "Александрович",
                "tuksin_artem@yandex.ru", "+7-961-700-56-73", "049-114-804-49", null, null, null, null, null, null,
                false, null, null, null);
    }

    static RegistrationForm soleProprietor() {
        return new RegistrationForm(ApplicantType.SOLE_PROPRIETOR, "Сидоров", "Пётр", "Ильич", "Sidorov@Example.RU",
                "8 (999) 999-99-99", null, "420538910787", null, "318420500015205", null, null, null, true,
                "Петрова", "Анна", "Сергеевна");
    }

    static RegistrationForm legalEntity() {
        return new RegistrationForm(ApplicantType.LEGAL_ENTITY, "Орлова", "Ирина", "Павловна", "office@energia.ru",
                "+7 (495) 123-45-67", null, "7707083893", "1027700132195", null, "773601001",
                "Общество с ограниченной ответственностью «Энергия»", "ООО «Энергия»", false, null, null, null);
    }

    static NewRegistration activated(RegistrationForm form, Instant registeredAt) {
        return new NewRegistration(form, new Consents(registeredAt, registeredAt, null), registeredAt,
                registeredAt.plusSeconds(60), registeredAt.plusSeconds(600), registeredAt.plusSeconds(600));
    }

    static NewRegistration notActivated(RegistrationForm form, Instant registeredAt) {
        return new NewRegistration(form, Consents.all(registeredAt), registeredAt, registeredAt.plusSeconds(60), null,
                null);
    }
}

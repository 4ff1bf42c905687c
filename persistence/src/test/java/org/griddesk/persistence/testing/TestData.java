package org.griddesk.persistence.testing;

import java.time.Instant;
import java.util.Random;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.applicants.ValidIdentifiers;

/** Applicants for repository tests, with the seeds' example identifiers where the seeds have them. */
public final class TestData {
    public static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");

    private TestData() {
    }

    /** The sole proprietor of seed 002's administrator view. */
    public static Applicant soleProprietor() {
        return new Applicant(0, ApplicantType.SOLE_PROPRIETOR, new PersonFullName("Сидоров", "Пётр", "Ильич"),
                Email.parse("sidorov@example.ru"), PhoneNumber.parse("+7-961-700-56-73"), null,
                Inn.parse("420538910787"), null, Ogrnip.parse("318420500015205"), null, null, null, T0);
    }

    /** The individual with seed 002's example SNILS. */
    public static Applicant individualWithSeedSnils() {
        return new Applicant(0, ApplicantType.INDIVIDUAL, new PersonFullName("Кравцова", "Елена", null),
                Email.parse("kravtsova@yandex.ru"), PhoneNumber.parse("89031234567"), Snils.parse("049-114-804 49"),
                null, null, null, null, null, null, T0);
    }

    public static Applicant individual(String lastName, Random random) {
        return new Applicant(0, ApplicantType.INDIVIDUAL, new PersonFullName(lastName, "Анна", "Петровна"),
                Email.parse(lastName.length() + "." + random.nextInt(1_000_000) + "@mail.ru"), ValidIdentifiers.phone(random),
                ValidIdentifiers.snils(random),
                null, null, null, null, null, null, T0);
    }
}

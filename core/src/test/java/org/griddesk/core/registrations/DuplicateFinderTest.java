package org.griddesk.core.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.core.registrations.Forms.REGISTERED;

import java.util.List;
import java.util.Set;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.applicants.Email;
import org.griddesk.core.applicants.Inn;
import org.griddesk.core.applicants.Ogrnip;
import org.griddesk.core.applicants.PersonFullName;
import org.griddesk.core.applicants.PhoneNumber;
import org.griddesk.core.applicants.Snils;
import org.griddesk.core.testing.InMemoryApplicants;
import org.griddesk.core.testing.InMemoryRegistrations;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private final InMemoryApplicants applicants = new InMemoryApplicants();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations(applicants);
    private final DuplicateFinder finder = new DuplicateFinder(registrations);

    private Registration stored(RegistrationForm form) {
        return registrations.findById(registrations.create(Forms.activated(form))).orElseThrow();
    }

    private Registration storedWithUnconfirmedEmail(RegistrationForm form) {
        NewRegistration pending = new NewRegistration(form, Consents.all(REGISTERED), REGISTERED, REGISTERED, null, null);
        return registrations.findById(registrations.create(pending)).orElseThrow();
    }

    @Test
    void aPhoneMatchesWhicheverWayItWasWritten() {
        Registration first = stored(Forms.individual());
        Registration second = stored(Forms.proxy().with(RegistrationField.PHONE, "8 (961) 700-56-73"));

        assertThat(finder.find(second)).containsExactly(
                Duplicate.ofRegistration(first.id(), null, RegistrationField.PHONE, "+79617005673"));
        assertThat(finder.find(first)).containsExactly(
                Duplicate.ofRegistration(second.id(), null, RegistrationField.PHONE, "+79617005673"));
    }

    @Test
    void onlyAConfirmedEmailCountsAndCaseDoesNot() {
        Registration unconfirmed = storedWithUnconfirmedEmail(Forms.individual());
        Registration mine = stored(Forms.proxy().with(RegistrationField.EMAIL, "Tuksin_Artem@Yandex.RU"));
        assertThat(finder.find(mine)).isEmpty();

        Registration confirmed = stored(Forms.legalEntity().with(RegistrationField.EMAIL, "tuksin_artem@yandex.ru"));
        assertThat(finder.find(mine)).extracting(Duplicate::otherRegistrationId, Duplicate::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(confirmed.id(), RegistrationField.EMAIL));
        assertThat(unconfirmed.emailConfirmedAt()).isNull();
    }

    @Test
    void snilsInnAndOgrnipMatchAcrossTheirWrittenForms() {
        Registration individual = stored(Forms.individual());
        Registration proxy = stored(Forms.proxy().with(RegistrationField.SNILS, "04911480449"));
        assertThat(finder.find(proxy)).containsExactly(
                Duplicate.ofRegistration(individual.id(), null, RegistrationField.SNILS, "04911480449"));

        Registration proprietor = stored(Forms.soleProprietor());
        Registration again = stored(Forms.soleProprietor().with(RegistrationField.PHONE, "+79001112233")
                .with(RegistrationField.EMAIL, "other@mail.ru").with(RegistrationField.INN, " 420538910787 "));
        assertThat(finder.find(again)).extracting(Duplicate::field)
                .containsExactly(RegistrationField.INN, RegistrationField.OGRNIP);
        assertThat(finder.find(again)).allMatch(d -> d.otherRegistrationId() == proprietor.id());
    }

    @Test
    void theSameTypoMeetsItself() {
        Registration first = stored(Forms.legalEntity().with(RegistrationField.OGRN, "1027700132196"));
        Registration second = stored(Forms.legalEntity().with(RegistrationField.PHONE, "+79005556677")
                .with(RegistrationField.EMAIL, "b@energia.ru").with(RegistrationField.INN, "7707083894")
                .with(RegistrationField.OGRN, "1027700132196"));
        assertThat(finder.find(second)).extracting(Duplicate::field).containsExactly(RegistrationField.OGRN);
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void anExistingApplicantsPhoneOrEmailBlocksConfirmationOtherMatchesDoNot() {
        long applicantId = applicants.create(new Applicant(0, ApplicantType.INDIVIDUAL,
                new PersonFullName("Туксин", "Артем", "Александрович"), Email.parse("tuksin_artem@yandex.ru"),
                PhoneNumber.parse("+79617005673"), Snils.parse("049-114-804 49"), null, null, null, null, null, null,
                REGISTERED));
        Registration registration = stored(Forms.individual());

        List<Duplicate> found = finder.find(registration);

        assertThat(found).containsExactly(
                Duplicate.ofApplicant(applicantId, RegistrationField.EMAIL, "tuksin_artem@yandex.ru"),
                Duplicate.ofApplicant(applicantId, RegistrationField.PHONE, "+79617005673"),
                Duplicate.ofApplicant(applicantId, RegistrationField.SNILS, "04911480449"));
        assertThat(found).extracting(Duplicate::blocksConfirmation).containsExactly(true, true, false);
        assertThat(found).extracting(Duplicate::message).containsExactly(
                "Указанная электронная почта уже зарегистрирована в личном кабинете: заявитель №1",
                "На указанный номер уже зарегистрирован личный кабинет: заявитель №1",
                "СНИЛС «04911480449» уже указан: заявитель №1");
    }

    @Test
    void aConfirmedRegistrationAndItsApplicantAreShownOnce() {
        long applicantId = applicants.create(new Applicant(0, ApplicantType.SOLE_PROPRIETOR,
                new PersonFullName("Туксин", "Артем", null), Email.parse("tuksin.artem@yandex.ru"),
                PhoneNumber.parse("+79999999999"), null, Inn.parse("420538910787"), null, Ogrnip.parse("318420500015205"),
                null, null, null, REGISTERED));
        Registration confirmed = stored(Forms.soleProprietor());
        registrations.put(confirmed.reviewed(RegistrationState.CONFIRMED, null, null, Set.of(), applicantId));
        Registration newcomer = stored(Forms.individual().with(RegistrationField.PHONE, "+7 999 999 99 99"));

        assertThat(finder.find(newcomer)).containsExactly(
                Duplicate.ofRegistration(confirmed.id(), applicantId, RegistrationField.PHONE, "+79999999999"));
        assertThat(finder.find(newcomer).getFirst().message())
                .isEqualTo("На указанный номер уже зарегистрирован личный кабинет: регистрация №" + confirmed.id()
                        + " (заявитель №" + applicantId + ")");
        // The confirmed registration does not list its own applicant.
        Registration reloaded = registrations.findById(confirmed.id()).orElseThrow();
        assertThat(finder.find(reloaded)).extracting(Duplicate::otherRegistrationId).containsOnly(newcomer.id());
    }

    @Test
    void keysUseOnlyTheIdentifiersOfTheFormsType() {
        DuplicateKeys individual = DuplicateKeys.of(Forms.individual().with(RegistrationField.INN, "7707083893"));
        assertThat(individual).isEqualTo(new DuplicateKeys("+79617005673", "tuksin_artem@yandex.ru", "04911480449",
                null, null, null));
        DuplicateKeys legal = DuplicateKeys.of(Forms.legalEntity().with(RegistrationField.SNILS, "04911480449"));
        assertThat(legal).isEqualTo(new DuplicateKeys("+74951234567", "office@energia.ru", null, "7707083893",
                "1027700132195", null));
        RegistrationForm empty = new RegistrationForm(ApplicantType.PROXY, null, null, null, " ", null, null, null,
                null, null, null, null, null, false, null, null, null);
        assertThat(DuplicateKeys.of(empty).isEmpty()).isTrue();
        assertThat(finder.find(stored(empty))).isEmpty();
    }

    @Test
    void theRuleDropsSelfMatchesAndRepeatedHits() {
        Registration mine = Forms.complete(7, Forms.individual()).reviewed(RegistrationState.CONFIRMED, null, null,
                Set.of(), 3L);
        List<Duplicate> hits = List.of(
                Duplicate.ofRegistration(7, 3L, RegistrationField.PHONE, "p"),
                Duplicate.ofApplicant(3, RegistrationField.PHONE, "p"),
                Duplicate.ofApplicant(4, RegistrationField.SNILS, "s"),
                Duplicate.ofRegistration(9, 4L, RegistrationField.SNILS, "s"),
                Duplicate.ofRegistration(9, 4L, RegistrationField.SNILS, "s"),
                Duplicate.ofRegistration(8, null, RegistrationField.PHONE, "p"));
        assertThat(DuplicateFinder.relevant(mine, hits)).containsExactly(
                Duplicate.ofRegistration(8, null, RegistrationField.PHONE, "p"),
                Duplicate.ofRegistration(9, 4L, RegistrationField.SNILS, "s"));
    }
}

package org.griddesk.persistence.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.griddesk.persistence.registrations.Forms.T0;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.registrations.ActivationStatus;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.DuplicateKeys;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqRegistrationRepositoryTest {
    private static final Instant NOW = T0.plus(Duration.ofHours(30));

    private static List<Long> ids(List<Registration> registrations) {
        return registrations.stream().map(Registration::id).toList();
    }

    private static RegistrationQuery text(String text) {
        return new RegistrationQuery(null, null, text, null, 0, 100);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsTheRawFormConsentsAndTimes(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            NewRegistration received = new NewRegistration(
                    Forms.soleProprietor().with(RegistrationField.INN, " 42053891078 "),
                    new Consents(T0, T0.plusSeconds(1), null), T0, T0.plusSeconds(90), null, null);

            Registration stored = repository.findById(repository.create(received)).orElseThrow();

            assertThat(stored.form()).isEqualTo(received.form());
            assertThat(stored.form().inn()).isEqualTo(" 42053891078 ");
            assertThat(stored.form().additionalContact()).isTrue();
            assertThat(stored.consents()).isEqualTo(received.consents());
            assertThat(stored.registeredAt()).isEqualTo(T0);
            assertThat(stored.phoneConfirmedAt()).isEqualTo(T0.plusSeconds(90));
            assertThat(stored.emailConfirmedAt()).isNull();
            assertThat(stored.activatedAt()).isNull();
            assertThat(stored.state()).isEqualTo(RegistrationState.NEW);
            assertThat(stored.version()).isZero();
            assertThat(stored.verifiedFields()).isEmpty();
            assertThat(stored.applicantId()).isNull();
            assertThat(repository.findById(stored.id() + 100)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savesAReviewOnlyOverTheVersionSeen(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            long applicantId = new JooqApplicantRepository(database.dsl()).create(TestData.soleProprietor());
            Registration registration = repository.findById(repository.create(Forms.activated(Forms.soleProprietor(), T0)))
                    .orElseThrow();
            Registration blocked = registration.reviewed(RegistrationState.BLOCKED, "Подозрение на мошенничество",
                    RegistrationState.CONFIRMED, EnumSet.of(RegistrationField.INN, RegistrationField.PHONE), applicantId);

            assertThat(repository.updateReview(blocked, 0)).isTrue();
            assertThat(repository.updateReview(blocked, 0)).isFalse();

            Registration saved = repository.findById(registration.id()).orElseThrow();
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.state()).isEqualTo(RegistrationState.BLOCKED);
            assertThat(saved.stateReason()).isEqualTo("Подозрение на мошенничество");
            assertThat(saved.blockedFrom()).isEqualTo(RegistrationState.CONFIRMED);
            assertThat(saved.verifiedFields()).containsExactlyInAnyOrder(RegistrationField.INN, RegistrationField.PHONE);
            assertThat(saved.applicantId()).isEqualTo(applicantId);
            assertThat(saved.form()).isEqualTo(registration.form());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsNewestFirstAndFiltersByTypeStateTextAndActivation(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            long expired = repository.create(Forms.notActivated(Forms.individual(), T0));
            long activated = repository.create(Forms.activated(Forms.soleProprietor(), T0.plusSeconds(3600)));
            long waiting = repository.create(Forms.notActivated(Forms.legalEntity(), NOW.minus(Duration.ofHours(2))));
            long atDeadline = repository.create(Forms.notActivated(Forms.individual()
                    .with(RegistrationField.PHONE, "+79000000000"), NOW.minus(Duration.ofHours(24))));
            Registration reviewed = repository.findById(activated).orElseThrow();
            repository.updateReview(reviewed.reviewed(RegistrationState.REJECTED, "Нет", null, reviewed.verifiedFields(), null), 0);

            assertThat(ids(repository.find(RegistrationQuery.firstPage(), NOW)))
                    .containsExactly(waiting, atDeadline, activated, expired);
            assertThat(repository.count(RegistrationQuery.firstPage(), NOW)).isEqualTo(4);
            assertThat(ids(repository.find(new RegistrationQuery(null, null, null, null, 1, 2), NOW)))
                    .containsExactly(atDeadline, activated);
            assertThat(ids(repository.find(new RegistrationQuery(ApplicantType.INDIVIDUAL, null, null, null, 0, 10), NOW)))
                    .containsExactly(atDeadline, expired);
            assertThat(ids(repository.find(new RegistrationQuery(null, RegistrationState.REJECTED, null, null, 0, 10), NOW)))
                    .containsExactly(activated);
            RegistrationQuery expiredOnly = new RegistrationQuery(null, null, null, ActivationStatus.EXPIRED, 0, 10);
            assertThat(ids(repository.find(expiredOnly, NOW))).containsExactly(atDeadline, expired);
            assertThat(repository.count(expiredOnly, NOW)).isEqualTo(2);
            assertThat(ids(repository.find(new RegistrationQuery(null, null, null, ActivationStatus.WAITING, 0, 10), NOW)))
                    .containsExactly(waiting);
            assertThat(ids(repository.find(new RegistrationQuery(null, null, null, ActivationStatus.ACTIVATED, 0, 10), NOW)))
                    .containsExactly(activated);
            assertThat(ids(repository.findActivationExpired(NOW))).containsExactly(expired, atDeadline);

            // Kept counters (type/state filters) agree with the rows, also after a review was refused and a deletion.
            assertThat(repository.updateReview(reviewed.reviewed(RegistrationState.BLOCKED, "Нет", null,
                    reviewed.verifiedFields(), null), 0)).as("stale version").isFalse();
            assertThat(repository.delete(expired)).isTrue();
            assertThat(repository.delete(expired)).isFalse();
            for (ApplicantType type : new ApplicantType[] {null, ApplicantType.INDIVIDUAL, ApplicantType.SOLE_PROPRIETOR}) {
                for (RegistrationState state : new RegistrationState[] {null, RegistrationState.NEW, RegistrationState.REJECTED}) {
                    RegistrationQuery kept = new RegistrationQuery(type, state, null, null, 0, 10);
                    assertThat(repository.count(kept, NOW)).as("%s %s", type, state)
                            .isEqualTo(repository.find(kept, NOW).size());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void freeTextFindsEveryFormAClerkMayType(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            long individual = repository.create(Forms.activated(Forms.individual(), T0));
            long proprietor = repository.create(Forms.activated(Forms.soleProprietor(), T0));
            long legal = repository.create(Forms.activated(Forms.legalEntity(), T0));

            assertThat(ids(repository.find(text("ТУКСИН"), NOW))).containsExactly(individual);
            assertThat(ids(repository.find(text("04911480449"), NOW))).containsExactly(individual);
            assertThat(ids(repository.find(text("049-114-804 49"), NOW))).containsExactly(individual);
            assertThat(ids(repository.find(text("89617005673"), NOW))).containsExactly(individual);
            assertThat(ids(repository.find(text("+7-999-999"), NOW))).containsExactly(proprietor);
            assertThat(ids(repository.find(text("sidorov@example.ru"), NOW))).containsExactly(proprietor);
            assertThat(ids(repository.find(text("Петрова"), NOW))).containsExactly(proprietor);
            assertThat(ids(repository.find(text("энергия"), NOW))).containsExactly(legal);
            assertThat(ids(repository.find(text("773601001"), NOW))).containsExactly(legal);
            assertThat(ids(repository.find(text("100%"), NOW))).isEmpty();
            assertThat(ids(repository.find(text("_"), NOW))).containsExactly(individual);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsRegistrationsAndApplicantsSharingAValue(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            long applicantId = new JooqApplicantRepository(database.dsl()).create(TestData.soleProprietor());
            long confirmedEmail = repository.create(Forms.activated(Forms.individual(), T0));
            long unconfirmedEmail = repository.create(Forms.notActivated(Forms.legalEntity()
                    .with(RegistrationField.EMAIL, "sidorov@example.ru"), T0));
            long proprietor = repository.create(Forms.activated(Forms.soleProprietor(), T0));
            Registration mine = repository.findById(repository.create(Forms.activated(Forms.soleProprietor()
                    .with(RegistrationField.PHONE, "+7 961 700 56 73")
                    .with(RegistrationField.EMAIL, "TUKSIN_ARTEM@yandex.ru"), T0))).orElseThrow();

            List<Duplicate> hits = sharing(repository, mine.id(), DuplicateKeys.of(mine.form()));

            assertThat(hits).extracting(Duplicate::otherRegistrationId, Duplicate::applicantId, Duplicate::field)
                    .containsExactlyInAnyOrder(
                            tuple(confirmedEmail, null, RegistrationField.PHONE),
                            tuple(confirmedEmail, null, RegistrationField.EMAIL),
                            tuple(proprietor, null, RegistrationField.INN),
                            tuple(proprietor, null, RegistrationField.OGRNIP),
                            tuple(null, applicantId, RegistrationField.PHONE),
                            tuple(null, applicantId, RegistrationField.INN),
                            tuple(null, applicantId, RegistrationField.OGRNIP));
            assertThat(hits).noneMatch(hit -> Long.valueOf(unconfirmedEmail).equals(hit.otherRegistrationId()));
            assertThat(sharing(repository, mine.id(), new DuplicateKeys(null, null, null, null, null, null))).isEmpty();
            assertThat(sharing(repository, mine.id(), new DuplicateKeys(null, "sidorov@example.ru", null, null, null, null)))
                    .containsExactlyInAnyOrder(
                            Duplicate.ofRegistration(proprietor, null, RegistrationField.EMAIL, "sidorov@example.ru"),
                            Duplicate.ofApplicant(applicantId, RegistrationField.EMAIL, "sidorov@example.ru"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void historyIsNewestFirstAndLeavesWithItsRegistration(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            long id = repository.create(Forms.notActivated(Forms.individual(), T0));
            long other = repository.create(Forms.notActivated(Forms.legalEntity(), T0));
            repository.appendHistory(id, new RegistrationChange(T0, "Портал", "Регистрация на портале", null, "Новая"));
            repository.appendHistory(id, new RegistrationChange(T0.plusSeconds(60), "Иванова Мария", "Запрос исправления",
                    "Новая", "Требует исправления. Причина: Уточните СНИЛС"));
            repository.appendHistory(other, new RegistrationChange(T0, "Портал", "Регистрация на портале", null, "Новая"));

            assertThat(repository.history(id)).extracting(RegistrationChange::actor, RegistrationChange::before)
                    .containsExactly(tuple("Иванова Мария", "Новая"), tuple("Портал", null));

            assertThat(repository.delete(id)).isTrue();
            assertThat(repository.delete(id)).isFalse();
            assertThat(repository.findById(id)).isEmpty();
            assertThat(repository.history(id)).isEmpty();
            assertThat(database.dsl().fetchCount(REGISTRATION_HISTORY)).isEqualTo(1);
        }
    }

    private static List<Duplicate> sharing(JooqRegistrationRepository repository, long id, DuplicateKeys keys) {
        return repository.findSharing(java.util.Map.of(id, keys)).getOrDefault(id, List.of());
    }
}

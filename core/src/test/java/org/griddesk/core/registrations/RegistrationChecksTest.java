package org.griddesk.core.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.griddesk.core.registrations.Forms.REGISTERED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.griddesk.core.applicants.ApplicantType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationChecksTest {
    private static final Instant LATER = REGISTERED.plus(Duration.ofDays(2));

    private static List<RegistrationProblem> check(RegistrationForm form) {
        return RegistrationChecks.check(Forms.complete(1, form), LATER);
    }

    private static List<RegistrationProblem> problemsOf(RegistrationForm form, RegistrationField field) {
        return check(form).stream().filter(problem -> problem.field() == field).toList();
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void theSeedsExamplesOfEveryTypeAreClean(ApplicantType type) {
        assertThat(check(Forms.of(type))).isEmpty();
    }

    @Test
    void theSeedFormsPlaceholderSnilsFailsTheControlNumber() {
        // Seed 002's form shows "СНИЛС*: 111-111-111-11": the digits sum to 45, not 11.
        assertThat(problemsOf(Forms.individual().with(RegistrationField.SNILS, "111-111-111-11"), RegistrationField.SNILS))
                .extracting(RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(tuple(ProblemSeverity.ERROR,
                        "Неверное контрольное число СНИЛС: проверьте, не допущена ли ошибка при вводе"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SOLE_PROPRIETOR | INN    | 420538910786    | Неверное контрольное число ИНН: проверьте, не допущена ли ошибка при вводе",
            "SOLE_PROPRIETOR | OGRNIP | 318420500015204 | Неверное контрольное число ОГРНИП: проверьте, не допущена ли ошибка при вводе",
            "SOLE_PROPRIETOR | OGRNIP | 31842050001520  | ОГРНИП должен содержать 15 цифр, а введено цифр: 14",
            "LEGAL_ENTITY    | INN    | 7707083894      | Неверное контрольное число ИНН: проверьте, не допущена ли ошибка при вводе",
            "LEGAL_ENTITY    | OGRN   | 1027700132196   | Неверное контрольное число ОГРН: проверьте, не допущена ли ошибка при вводе",
            "LEGAL_ENTITY    | OGRN   | 10277001321O5   | ОГРН может содержать только цифры",
            "LEGAL_ENTITY    | KPP    | 7736АБ001       | КПП должен состоять из 4 цифр, 2 цифр или заглавных латинских букв и 3 цифр (например, 773601001)",
            "LEGAL_ENTITY    | KPP    | 77360100        | КПП должен содержать 9 символов, а введено символов: 8",
            "INDIVIDUAL      | SNILS  | 049-114-804-48  | Неверное контрольное число СНИЛС: проверьте, не допущена ли ошибка при вводе",
            "PROXY           | SNILS  | 04911480        | СНИЛС должен содержать 11 цифр в формате XXX-XXX-XXX YY (например, 112-233-445 95)",
            "INDIVIDUAL      | PHONE  | +7-961-700-56-7 | Номер телефона должен состоять из +7 и 10 цифр, например +7-961-700-56-73",
            "INDIVIDUAL      | EMAIL  | tuksin_artem@   | Некорректный адрес электронной почты",
            "INDIVIDUAL      | LAST_NAME | Туксин1      | Поле «Фамилия» может содержать только русские или латинские буквы, дефис «-» и тире «—»",
            "LEGAL_ENTITY    | FIRST_NAME | Ирина!      | Поле «Имя контактного лица» может содержать только русские или латинские буквы, дефис «-» и тире «—»",
    })
    void reportsWrongValuesInThePortalsWords(ApplicantType type, RegistrationField field, String value, String message) {
        assertThat(problemsOf(Forms.of(type).with(field, value), field))
                .extracting(RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(tuple(ProblemSeverity.ERROR, message));
    }

    @Test
    void kppReasonMayBeCapitalLatinLetters() {
        assertThat(check(Forms.legalEntity().with(RegistrationField.KPP, "7736AB001"))).isEmpty();
    }

    @Test
    void namesFollowTheFiftyCharacterLetterRule() {
        assertThat(check(Forms.individual().with(RegistrationField.LAST_NAME, "Салтыков-Щедрин"))).isEmpty();
        assertThat(check(Forms.individual().with(RegistrationField.FIRST_NAME, "Я".repeat(50)))).isEmpty();
        assertThat(problemsOf(Forms.individual().with(RegistrationField.FIRST_NAME, "Я".repeat(51)), RegistrationField.FIRST_NAME))
                .extracting(RegistrationProblem::message)
                .containsExactly("Поле «Имя» должно содержать не более 50 символов");
    }

    @ParameterizedTest
    @ValueSource(strings = {"89617005673", "+7 (961) 700-56-73", "9617005673"})
    void phoneMayBeWrittenInAnyAcceptedForm(String phone) {
        assertThat(check(Forms.individual().with(RegistrationField.PHONE, phone))).isEmpty();
    }

    @Test
    void innLengthMustMatchTheType() {
        assertThat(problemsOf(Forms.legalEntity().with(RegistrationField.INN, "420538910787"), RegistrationField.INN))
                .extracting(RegistrationProblem::message)
                .containsExactly("ИНН юридического лица должен содержать 10 цифр, а указан ИНН из 12 цифр");
        assertThat(problemsOf(Forms.soleProprietor().with(RegistrationField.INN, "7707083893"), RegistrationField.INN))
                .extracting(RegistrationProblem::message)
                .containsExactly("ИНН индивидуального предпринимателя должен содержать 12 цифр, а указан ИНН из 10 цифр");
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void everyMandatoryFieldOfTheTypeIsRequired(ApplicantType type) {
        RegistrationForm form = Forms.of(type);
        for (RegistrationField field : RequiredFields.of(form)) {
            List<RegistrationProblem> problems = problemsOf(form.with(field, "  "), field);
            assertThat(problems).as(type + " " + field).hasSize(1);
            ProblemSeverity expected = field == RegistrationField.PATRONYMIC ? ProblemSeverity.WARNING : ProblemSeverity.ERROR;
            assertThat(problems.getFirst().severity()).as(type + " " + field).isEqualTo(expected);
        }
    }

    @Test
    void mandatoryFieldsFollowSeeds000And003() {
        assertThat(RequiredFields.of(Forms.individual())).containsExactly(RegistrationField.LAST_NAME,
                RegistrationField.FIRST_NAME, RegistrationField.PATRONYMIC, RegistrationField.EMAIL,
                RegistrationField.PHONE, RegistrationField.SNILS);
        assertThat(RequiredFields.of(Forms.proxy())).isEqualTo(RequiredFields.of(Forms.individual()));
        assertThat(RequiredFields.of(Forms.soleProprietor())).contains(RegistrationField.INN, RegistrationField.OGRNIP)
                .doesNotContain(RegistrationField.CONTACT_LAST_NAME, RegistrationField.KPP, RegistrationField.SNILS);
        assertThat(RequiredFields.of(Forms.legalEntity())).contains(RegistrationField.ORGANISATION_FULL_NAME,
                RegistrationField.ORGANISATION_SHORT_NAME, RegistrationField.INN, RegistrationField.OGRN,
                RegistrationField.KPP, RegistrationField.LAST_NAME).doesNotContain(RegistrationField.OGRNIP);
    }

    @Test
    void aLegalEntitysPersonIsItsContactPerson() {
        assertThat(problemsOf(Forms.legalEntity().with(RegistrationField.LAST_NAME, null), RegistrationField.LAST_NAME))
                .extracting(RegistrationProblem::message)
                .containsExactly("Заполните поле «Фамилия контактного лица»");
        assertThat(problemsOf(Forms.legalEntity().with(RegistrationField.ORGANISATION_SHORT_NAME, ""),
                RegistrationField.ORGANISATION_SHORT_NAME))
                .extracting(RegistrationProblem::message)
                .containsExactly("Заполните поле «Сокращенное наименование»");
    }

    @Test
    void missingPatronymicIsOnlyAWarning() {
        assertThat(check(Forms.individual().with(RegistrationField.PATRONYMIC, null)))
                .extracting(RegistrationProblem::field, RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(tuple(RegistrationField.PATRONYMIC, ProblemSeverity.WARNING,
                        "Не заполнено поле «Отчество»: по правилам портала оно обязательно, проверьте, есть ли отчество у заявителя"));
    }

    @Test
    void soleProprietorsAdditionalContactIsRequiredOnlyWhenTicked() {
        RegistrationForm unticked = Forms.soleProprietor();
        assertThat(check(unticked)).isEmpty();
        RegistrationForm ticked = unticked.withAdditionalContact(true);
        assertThat(check(ticked)).extracting(RegistrationProblem::field, RegistrationProblem::severity)
                .containsExactly(tuple(RegistrationField.CONTACT_LAST_NAME, ProblemSeverity.ERROR),
                        tuple(RegistrationField.CONTACT_FIRST_NAME, ProblemSeverity.ERROR),
                        tuple(RegistrationField.CONTACT_PATRONYMIC, ProblemSeverity.WARNING));
        RegistrationForm filled = ticked.with(RegistrationField.CONTACT_LAST_NAME, "Петрова")
                .with(RegistrationField.CONTACT_FIRST_NAME, "Анна")
                .with(RegistrationField.CONTACT_PATRONYMIC, "Сергеевна");
        assertThat(check(filled)).isEmpty();
    }

    @Test
    void identifiersOfAnotherTypeAreIgnored() {
        RegistrationForm individual = Forms.individual().with(RegistrationField.INN, "123")
                .with(RegistrationField.OGRN, "x").with(RegistrationField.KPP, "?");
        assertThat(check(individual)).isEmpty();
    }

    @Test
    void bothMandatoryConsentsAreRequiredMarketingIsNot() {
        Registration none = withConsents(Consents.none());
        assertThat(RegistrationChecks.check(none, LATER))
                .extracting(RegistrationProblem::field, RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(
                        tuple(RegistrationField.CONSENT_PERSONAL_DATA_LAW, ProblemSeverity.ERROR,
                                "Нет отметки об ознакомлении с положениями Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»"),
                        tuple(RegistrationField.CONSENT_PROCESSING, ProblemSeverity.ERROR,
                                "Нет согласия на передачу и обработку персональных данных"));
        assertThat(RegistrationChecks.check(withConsents(new Consents(REGISTERED, null, REGISTERED)), LATER))
                .extracting(RegistrationProblem::field).containsExactly(RegistrationField.CONSENT_PROCESSING);
        assertThat(RegistrationChecks.check(withConsents(Consents.mandatoryOnly(REGISTERED)), LATER)).isEmpty();
    }

    @Test
    void anUnconfirmedPhoneIsAWarning() {
        Registration r = Forms.complete(1, Forms.individual());
        Registration unconfirmed = new Registration(1, 0, r.form(), r.consents(), REGISTERED, null, r.emailConfirmedAt(),
                r.activatedAt(), RegistrationState.NEW, null, null, Set.of(), null);
        assertThat(RegistrationChecks.check(unconfirmed, LATER))
                .extracting(RegistrationProblem::field, RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(tuple(RegistrationField.PHONE, ProblemSeverity.WARNING,
                        "Номер телефона не подтверждён паролем из SMS"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PT0S       | NOTE    | Личный кабинет не активирован: осталось 24 ч 0 мин",
            "PT18H48M   | NOTE    | Личный кабинет не активирован: осталось 5 ч 12 мин",
            "PT18H47M1S | NOTE    | Личный кабинет не активирован: осталось 5 ч 12 мин",
            "PT23H1M    | NOTE    | Личный кабинет не активирован: осталось 59 мин",
            "PT23H59M30S| NOTE    | Личный кабинет не активирован: осталось менее минуты",
            "PT24H      | WARNING | Личный кабинет не активирован в течение 24 часов и будет удалён",
            "P3D        | WARNING | Личный кабинет не активирован в течение 24 часов и будет удалён",
    })
    void showsTheActivationWindow(Duration since, ProblemSeverity severity, String message) {
        Registration waiting = notActivated();
        assertThat(RegistrationChecks.check(waiting, REGISTERED.plus(since)))
                .extracting(RegistrationProblem::field, RegistrationProblem::severity, RegistrationProblem::message)
                .containsExactly(tuple(RegistrationField.ACTIVATION, severity, message));
    }

    @Test
    void activationDescribesTheQueueColumn() {
        Registration waiting = notActivated();
        assertThat(Activation.of(waiting, REGISTERED.plus(Duration.ofMinutes(18 * 60 + 48))).describe())
                .isEqualTo("Ожидает активации: осталось 5 ч 12 мин");
        assertThat(Activation.of(waiting, REGISTERED.plus(Duration.ofHours(25))).describe()).isEqualTo("Срок активации истёк");
        Activation activated = Activation.of(Forms.complete(1, Forms.individual()), REGISTERED.plus(Duration.ofDays(9)));
        assertThat(activated.status()).isEqualTo(ActivationStatus.ACTIVATED);
        assertThat(activated.describe()).isEqualTo("Активирована");
    }

    @Test
    void aBrokenFormReportsEveryProblemAtOnce() {
        RegistrationForm form = Forms.legalEntity().with(RegistrationField.INN, "7707083894")
                .with(RegistrationField.KPP, "").with(RegistrationField.PHONE, "12345");
        Registration broken = new Registration(1, 0, form, new Consents(null, REGISTERED, null), REGISTERED, null, null, null,
                RegistrationState.NEW, null, null, Set.of(), null);
        assertThat(RegistrationChecks.check(broken, REGISTERED.plusSeconds(60)))
                .extracting(RegistrationProblem::field)
                .containsExactly(RegistrationField.PHONE, RegistrationField.INN, RegistrationField.KPP,
                        RegistrationField.CONSENT_PERSONAL_DATA_LAW, RegistrationField.PHONE, RegistrationField.ACTIVATION);
    }

    private static Registration withConsents(Consents consents) {
        Registration r = Forms.complete(1, Forms.individual());
        return new Registration(1, 0, r.form(), consents, REGISTERED, r.phoneConfirmedAt(), r.emailConfirmedAt(),
                r.activatedAt(), RegistrationState.NEW, null, null, Set.of(), null);
    }

    private static Registration notActivated() {
        return new Registration(1, 0, Forms.individual(), Consents.mandatoryOnly(REGISTERED), REGISTERED,
                REGISTERED.plusSeconds(30), null, null, RegistrationState.NEW, null, null, Set.of(), null);
    }
}

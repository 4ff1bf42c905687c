package org.griddesk.core.registrations;

import org.griddesk.core.access.AccessControl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.griddesk.core.registrations.Forms.REGISTERED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.testing.InMemoryApplicants;
import org.griddesk.core.testing.InMemoryRegistrations;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {
    private static final Operator CLERK = new Operator(1, "clerk", "Иванова Мария Сергеевна", Set.of(Role.CLERK), false, true, false);
    private static final Operator SUPERVISOR = new Operator(2, "boss", "Смирнова Ольга", Set.of(Role.SUPERVISOR), false, true, false);
    private static final Instant NOW = REGISTERED.plus(Duration.ofHours(3));

    private final InMemoryApplicants applicants = new InMemoryApplicants();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations(applicants);
    private int depth;
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
            }
        }
    };
    private final RecordingNotifier notifier = new RecordingNotifier(() -> depth > 0);
    private final RegistrationService service = new RegistrationService(registrations, applicants, notifier, transactions,
            Clock.fixed(NOW, ZoneOffset.UTC), AccessControl.asGiven());

    @Test
    void receivingStoresANewRegistrationWithHistoryAndTellsTheOrganisation() {
        long id = service.receive(Forms.activated(Forms.individual()));

        RegistrationCard card = service.open(CLERK, id);
        assertThat(card.registration().state()).isEqualTo(RegistrationState.NEW);
        assertThat(card.registration().version()).isZero();
        assertThat(card.history()).extracting(RegistrationChange::actor, RegistrationChange::what, RegistrationChange::after)
                .containsExactly(tuple("Портал", "Регистрация на портале", "Новая"));
        assertThat(notifier.sent).containsExactly(
                "new: Туксин Артем Александрович / Физическое лицо / " + REGISTERED);
    }

    @Test
    void openShowsProblemsDuplicatesAndActivation() {
        long first = service.receive(Forms.activated(Forms.individual()));
        long second = service.receive(Forms.notActivated(Forms.proxy().with(RegistrationField.PHONE, "+7 961 700 56 73")
                .with(RegistrationField.SNILS, "112-233-445 96"), REGISTERED));

        RegistrationCard card = service.open(CLERK, second);

        assertThat(card.problems()).extracting(RegistrationProblem::field, RegistrationProblem::severity)
                .containsExactly(tuple(RegistrationField.SNILS, ProblemSeverity.ERROR),
                        tuple(RegistrationField.ACTIVATION, ProblemSeverity.NOTE));
        assertThat(card.hasErrors()).isTrue();
        assertThat(card.activation().describe()).isEqualTo("Ожидает активации: осталось 21 ч 0 мин");
        assertThat(card.duplicates()).containsExactly(
                Duplicate.ofRegistration(first, null, RegistrationField.PHONE, "+79617005673"));
    }

    @Test
    void listIsNewestFirstWithProblemsAndFilters() {
        long older = service.receive(Forms.activated(Forms.legalEntity()));
        long newer = service.receive(Forms.notActivated(Forms.individual().with(RegistrationField.SNILS, "111-111-111-11"),
                REGISTERED.plusSeconds(600)));

        RegistrationPage all = service.list(CLERK, RegistrationQuery.firstPage());
        assertThat(all.totalCount()).isEqualTo(2);
        assertThat(all.rows()).extracting(row -> row.registration().id()).containsExactly(newer, older);
        assertThat(all.rows()).extracting(RegistrationRow::errorCount).containsExactly(1L, 0L);
        assertThat(all.rows().getFirst().activation().status()).isEqualTo(ActivationStatus.WAITING);

        RegistrationQuery legal = new RegistrationQuery(ApplicantType.LEGAL_ENTITY, RegistrationState.NEW, null, null, 0, 10);
        assertThat(service.list(CLERK, legal).rows()).extracting(row -> row.registration().id()).containsExactly(older);
        RegistrationQuery waiting = new RegistrationQuery(null, null, null, ActivationStatus.WAITING, 0, 10);
        assertThat(service.list(CLERK, waiting).rows()).extracting(row -> row.registration().id()).containsExactly(newer);
    }

    @Test
    void confirmingMarksFieldsVerifiedCreatesTheApplicantAndMailsIt() {
        long id = service.receive(Forms.activated(Forms.soleProprietor()));

        RegistrationCard card = service.confirm(CLERK, id, 0);

        Registration confirmed = card.registration();
        assertThat(confirmed.state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(confirmed.version()).isEqualTo(1);
        assertThat(confirmed.verifiedFields()).containsExactlyInAnyOrder(RegistrationField.LAST_NAME,
                RegistrationField.FIRST_NAME, RegistrationField.PATRONYMIC, RegistrationField.EMAIL,
                RegistrationField.PHONE, RegistrationField.INN, RegistrationField.OGRNIP);
        Applicant applicant = applicants.findById(confirmed.applicantId()).orElseThrow();
        assertThat(applicant.registrationLine()).isEqualTo("Индивидуальный предприниматель - ИНН: 420538910787 "
                + "ОГРН: 318420500015205 ФИО: Туксин Артем Александрович Email: tuksin.artem@yandex.ru");
        assertThat(applicant.phone().value()).isEqualTo("+79999999999");
        assertThat(applicant.registeredAt()).isEqualTo(REGISTERED);
        assertThat(card.history().getFirst()).isEqualTo(new RegistrationChange(NOW, CLERK.fullName(),
                "Подтверждение регистрации", "Новая", "Подтверждена, создан заявитель №" + applicant.id()));
        assertThat(notifier.sent).last().isEqualTo("confirmed: tuksin.artem@yandex.ru / Туксин Артем Александрович");
        assertThat(card.duplicates()).isEmpty();
    }

    @Test
    void aLegalEntityBecomesAnApplicantNamedByItsShortName() {
        long id = service.receive(Forms.activated(Forms.legalEntity().with(RegistrationField.PATRONYMIC, "")));

        Registration confirmed = service.confirm(CLERK, id, 0).registration();

        Applicant applicant = applicants.findById(confirmed.applicantId()).orElseThrow();
        assertThat(applicant.displayName()).isEqualTo("ООО «Энергия»");
        assertThat(applicant.person().patronymic()).isNull();
        assertThat(applicant.kpp().value()).isEqualTo("773601001");
        assertThat(confirmed.verifiedFields()).doesNotContain(RegistrationField.PATRONYMIC).contains(RegistrationField.KPP);
        assertThat(notifier.sent).last().isEqualTo("confirmed: office@energia.ru / ООО «Энергия»");
    }

    @Test
    void confirmationNeedsActivation() {
        long id = service.receive(Forms.notActivated(Forms.individual(), REGISTERED));
        assertThatThrownBy(() -> service.confirm(CLERK, id, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Регистрацию можно подтвердить только после того, как заявитель активирует личный кабинет "
                        + "по ссылке из письма");
        assertUnchanged(id);
    }

    @Test
    void confirmationIsRefusedWhileThereAreErrors() {
        RegistrationForm form = Forms.individual().with(RegistrationField.SNILS, "111-111-111-11");
        NewRegistration withoutConsent = new NewRegistration(form, new Consents(REGISTERED, null, null), REGISTERED,
                REGISTERED, REGISTERED, REGISTERED);
        long id = service.receive(withoutConsent);

        assertThatThrownBy(() -> service.confirm(CLERK, id, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Регистрацию нельзя подтвердить: Неверное контрольное число СНИЛС: проверьте, не допущена "
                        + "ли ошибка при вводе; Нет согласия на передачу и обработку персональных данных");
        assertUnchanged(id);
    }

    @Test
    void aPhoneAlreadyUsedByAnAccountBlocksConfirmation() {
        long first = service.receive(Forms.activated(Forms.individual()));
        Registration confirmed = service.confirm(CLERK, first, 0).registration();
        long second = service.receive(Forms.activated(Forms.proxy().with(RegistrationField.PHONE, "89617005673")));

        assertThat(service.open(CLERK, second).duplicates()).extracting(Duplicate::blocksConfirmation).containsExactly(true);
        assertThatThrownBy(() -> service.confirm(CLERK, second, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Регистрацию нельзя подтвердить. На указанный номер уже зарегистрирован личный кабинет: "
                        + "регистрация №" + first + " (заявитель №" + confirmed.applicantId() + ")");
        assertThat(applicants.count()).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        long id = service.receive(Forms.activated(Forms.individual()));
        service.requestCorrection(CLERK, id, 0, "Уточните СНИЛС");

        assertThatThrownBy(() -> service.reject(CLERK, id, 0, "Недостоверные сведения"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Регистрация уже изменена другим пользователем");
        assertThat(service.open(CLERK, id).registration().state()).isEqualTo(RegistrationState.CORRECTION_REQUESTED);
    }

    @Test
    void rejectingNeedsAReasonAndMailsIt() {
        long id = service.receive(Forms.activated(Forms.individual()));

        assertThatThrownBy(() -> service.reject(CLERK, id, 0, "   "))
                .isInstanceOf(ValidationException.class).hasMessage("Укажите причину отклонения регистрации");
        assertThatThrownBy(() -> service.reject(CLERK, id, 0, "x".repeat(2001)))
                .isInstanceOf(ValidationException.class).hasMessage("Причина не может быть длиннее 2000 символов");

        RegistrationCard card = service.reject(CLERK, id, 0, "  СНИЛС принадлежит другому лицу ");

        assertThat(card.registration().state()).isEqualTo(RegistrationState.REJECTED);
        assertThat(card.registration().stateReason()).isEqualTo("СНИЛС принадлежит другому лицу");
        assertThat(card.history().getFirst()).extracting(RegistrationChange::what, RegistrationChange::before,
                RegistrationChange::after).containsExactly("Отклонение регистрации", "Новая",
                "Отклонена. Причина: СНИЛС принадлежит другому лицу");
        assertThat(notifier.sent).last().isEqualTo(
                "rejected: tuksin_artem@yandex.ru / Туксин Артем Александрович / СНИЛС принадлежит другому лицу");
        assertThatThrownBy(() -> service.confirm(CLERK, id, 1))
                .isInstanceOf(DomainException.class)
                .hasMessage("Регистрацию в состоянии «Отклонена» нельзя подтвердить. Это можно сделать в состояниях: "
                        + "«Новая», «Требует исправления»");
    }

    @Test
    void aCorrectionRequestMailsWhatToFixAndTheRegistrationCanStillBeConfirmed() {
        long id = service.receive(Forms.activated(Forms.proxy()));

        assertThatThrownBy(() -> service.requestCorrection(CLERK, id, 0, null))
                .isInstanceOf(ValidationException.class).hasMessage("Укажите, что заявителю нужно исправить");
        RegistrationCard card = service.requestCorrection(CLERK, id, 0, "Приложите доверенность");

        assertThat(card.registration().state()).isEqualTo(RegistrationState.CORRECTION_REQUESTED);
        assertThat(notifier.sent).last().isEqualTo(
                "correction: kravtsova@yandex.ru / Кравцова Елена Игоревна / Приложите доверенность");
        assertThat(service.confirm(CLERK, id, 1).registration().state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void blockingRemembersTheStateThatUnblockingRestores() {
        long id = service.receive(Forms.activated(Forms.individual()));
        service.confirm(CLERK, id, 0);

        assertThatThrownBy(() -> service.block(CLERK, id, 1, ""))
                .isInstanceOf(ValidationException.class).hasMessage("Укажите причину блокировки");
        Registration blocked = service.block(CLERK, id, 1, "Подозрение на мошенничество").registration();
        assertThat(blocked.state()).isEqualTo(RegistrationState.BLOCKED);
        assertThat(blocked.blockedFrom()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(blocked.applicantId()).isNotNull();
        assertThatThrownBy(() -> service.block(CLERK, id, 2, "Ещё раз")).isInstanceOf(DomainException.class);

        RegistrationCard unblocked = service.unblock(CLERK, id, 2);

        assertThat(unblocked.registration().state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(unblocked.registration().blockedFrom()).isNull();
        assertThat(unblocked.registration().stateReason()).isNull();
        assertThat(unblocked.registration().verifiedFields()).isEqualTo(blocked.verifiedFields());
        assertThat(unblocked.history()).extracting(RegistrationChange::what, RegistrationChange::before, RegistrationChange::after)
                .startsWith(tuple("Разблокировка учётной записи", "Заблокирована", "Подтверждена"),
                        tuple("Блокировка учётной записи", "Подтверждена", "Заблокирована. Причина: Подозрение на мошенничество"));
        assertThatThrownBy(() -> service.unblock(CLERK, id, 3))
                .isInstanceOf(DomainException.class)
                .hasMessage("Регистрацию в состоянии «Подтверждена» нельзя разблокировать. Это можно сделать в "
                        + "состояниях: «Заблокирована»");
    }

    @Test
    void everyNotificationIsQueuedInsideTheActionsTransaction() {
        long id = service.receive(Forms.activated(Forms.individual()));
        service.requestCorrection(CLERK, id, 0, "Исправьте отчество");
        service.confirm(CLERK, id, 1);
        long other = service.receive(Forms.activated(Forms.legalEntity()));
        service.reject(CLERK, other, 0, "Нет полномочий");

        assertThat(notifier.sent).hasSize(5).noneMatch(line -> line.endsWith("[вне транзакции]"));
    }

    @Test
    void viewingAndActingNeedTheirPermissions() {
        long id = service.receive(Forms.activated(Forms.individual()));
        Operator disabled = new Operator(3, "gone", "Уволенный", Set.of(Role.CLERK), false, false, false);

        assertThat(service.open(SUPERVISOR, id).registration().id()).isEqualTo(id);
        assertThatThrownBy(() -> service.confirm(SUPERVISOR, id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reject(SUPERVISOR, id, 0, "Нет")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.block(SUPERVISOR, id, 0, "Нет")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(disabled, RegistrationQuery.firstPage())).isInstanceOf(AccessDeniedException.class);
        assertUnchanged(id);
    }

    @Test
    void aRemovedRegistrationIsReportedAsGone() {
        assertThatThrownBy(() -> service.open(CLERK, 404))
                .isInstanceOf(NotFoundException.class).hasMessage("Регистрация не найдена: возможно, она удалена");
        assertThatThrownBy(() -> service.confirm(CLERK, 404, 0)).isInstanceOf(NotFoundException.class);
    }

    private void assertUnchanged(long id) {
        Registration registration = service.open(CLERK, id).registration();
        assertThat(registration.state()).isEqualTo(RegistrationState.NEW);
        assertThat(registration.version()).isZero();
        assertThat(registration.applicantId()).isNull();
        assertThat(applicants.count()).isZero();
    }
}

package org.griddesk.persistence.registrations;

import org.griddesk.core.access.AccessControl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.registrations.Forms.T0;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.RegistrationCard;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationNotifier;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registration rules on a real database: one transaction per action, races between workstations. */
class RegistrationServiceOnDatabaseTest {
    private static final Operator FIRST_CLERK = new Operator(1, "ivanova", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private static final Operator SECOND_CLERK = new Operator(2, "petrov", "Петров Алексей", Set.of(Role.CLERK), false, true, false);
    private static final Instant NOW = T0.plus(Duration.ofHours(5));

    private static final RegistrationNotifier SILENT = RegistrationNotifier.NONE;

    private static RegistrationService service(Database database, RegistrationNotifier notifier) {
        return new RegistrationService(new JooqRegistrationRepository(database.dsl()),
                new JooqApplicantRepository(database.dsl()), notifier, new JooqTransactions(database.dsl()),
                Clock.fixed(NOW, ZoneOffset.UTC), AccessControl.asGiven());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void confirmationCreatesTheApplicantAndFlagsTheNextRegistrationWithItsPhone(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            RegistrationService service = service(database, SILENT);
            long first = service.receive(Forms.activated(Forms.individual(), T0));
            RegistrationCard confirmed = service.confirm(FIRST_CLERK, first, 0);
            long second = service.receive(Forms.activated(Forms.legalEntity().with(RegistrationField.PHONE, "89617005673"),
                    T0.plusSeconds(60)));

            assertThat(confirmed.registration().state()).isEqualTo(RegistrationState.CONFIRMED);
            assertThat(database.dsl().fetchCount(APPLICANT)).isEqualTo(1);
            assertThat(service.open(FIRST_CLERK, second).duplicates()).containsExactly(Duplicate.ofRegistration(first,
                    confirmed.registration().applicantId(), RegistrationField.PHONE, "+79617005673"));
            assertThatThrownBy(() -> service.confirm(FIRST_CLERK, second, 0))
                    .hasMessageContaining("На указанный номер уже зарегистрирован личный кабинет");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingNotificationRollsTheWholeActionBack(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            long id = service(database, SILENT).receive(Forms.activated(Forms.individual(), T0));
            RegistrationNotifier broken = new RegistrationNotifier() {
                @Override
                public void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt) {
                }

                @Override
                public void confirmed(String email, String applicantName) {
                    throw new IllegalStateException("очередь писем недоступна");
                }

                @Override
                public void rejected(String email, String applicantName, String reason) {
                    throw new IllegalStateException("очередь писем недоступна");
                }

                @Override
                public void correctionRequested(String email, String applicantName, String reason) {
                }
            };
            RegistrationService service = service(database, broken);

            assertThatThrownBy(() -> service.confirm(FIRST_CLERK, id, 0)).hasMessage("очередь писем недоступна");
            assertThatThrownBy(() -> service.reject(FIRST_CLERK, id, 0, "Нет")).hasMessage("очередь писем недоступна");

            RegistrationCard card = service.open(FIRST_CLERK, id);
            assertThat(card.registration().state()).isEqualTo(RegistrationState.NEW);
            assertThat(card.registration().version()).isZero();
            assertThat(card.history()).hasSize(1);
            assertThat(database.dsl().fetchCount(APPLICANT)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoClerksActingAtOnceOneWinsTheOtherIsTold(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            RegistrationService service = service(database, SILENT);
            long id = service.receive(Forms.activated(Forms.soleProprietor(), T0));
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<RegistrationCard>> actions = List.of(
                    () -> {
                        start.await();
                        return service.confirm(FIRST_CLERK, id, 0);
                    },
                    () -> {
                        start.await();
                        return service.reject(SECOND_CLERK, id, 0, "Сведения не подтверждены");
                    });
            List<Future<RegistrationCard>> results = new ArrayList<>();
            for (Callable<RegistrationCard> action : actions) {
                results.add(pool.submit(action));
            }
            int won = 0;
            int lost = 0;
            for (Future<RegistrationCard> result : results) {
                try {
                    result.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrentChangeException.class);
                    lost++;
                }
            }

            assertThat(won).isEqualTo(1);
            assertThat(lost).isEqualTo(1);
            RegistrationCard card = service.open(FIRST_CLERK, id);
            assertThat(card.registration().version()).isEqualTo(1);
            assertThat(card.history()).hasSize(2);
            assertThat(database.dsl().fetchCount(APPLICANT))
                    .isEqualTo(card.registration().state() == RegistrationState.CONFIRMED ? 1 : 0);
            assertThat(database.dsl().fetchCount(REGISTRATION_HISTORY)).isEqualTo(2);
        }
    }
}

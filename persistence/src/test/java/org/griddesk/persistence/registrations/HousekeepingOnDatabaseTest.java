package org.griddesk.persistence.registrations;

import org.griddesk.core.access.AccessControl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.registrations.Forms.T0;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.REGISTRATION;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.HousekeepingReport;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.audit.AuditService;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HousekeepingOnDatabaseTest {
    private static final Instant NOW = T0.plus(Duration.ofDays(2));

    private static Housekeeping housekeeping(Database database, String workstation) {
        return new Housekeeping(new JooqRegistrationRepository(database.dsl()), audit(database),
                new JooqJobLock(database.dsl()), new JooqTransactions(database.dsl()),
                Clock.fixed(NOW, ZoneId.of("Europe/Moscow")), workstation);
    }

    /** The chained audit trail, as the application wires it. */
    private static AuditService audit(Database database) {
        return new AuditService(new JooqAuditRepository(database.dsl(), ZoneId.of("Europe/Moscow")),
                new JooqTransactions(database.dsl()), AccessControl.asGiven());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void removesExpiredRegistrationsWithTheirHistoryAndAuditsEachOnce(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            JooqRegistrationRepository repository = new JooqRegistrationRepository(database.dsl());
            List<Long> expired = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long id = repository.create(Forms.notActivated(Forms.individual(), T0.plusSeconds(i * 60L)));
                repository.appendHistory(id, new RegistrationChange(T0, "Портал", "Регистрация на портале", null, "Новая"));
                expired.add(id);
            }
            long waiting = repository.create(Forms.notActivated(Forms.legalEntity(), NOW.minus(Duration.ofHours(1))));
            long activated = repository.create(Forms.activated(Forms.soleProprietor(), T0));

            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<HousekeepingReport>> runs = new ArrayList<>();
            for (String workstation : List.of("WS-01", "WS-02")) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return housekeeping(database, workstation).run();
                }));
            }
            int removed = 0;
            for (Future<HousekeepingReport> run : runs) {
                removed += run.get().removed();
            }

            assertThat(removed).isEqualTo(5);
            audit(database).seal();
            assertThat(database.dsl().fetchCount(AUDIT_RECORD)).isEqualTo(5);
            assertThat(database.dsl().fetch(REGISTRATION).getValues(REGISTRATION.ID)).containsExactlyInAnyOrder(waiting, activated);
            assertThat(database.dsl().fetchCount(REGISTRATION_HISTORY)).isZero();
            assertThat(audit(database).verify().intact()).isTrue();
            assertThat(audit(database).recent(10).getLast().details())
                    .isEqualTo("Удалена неактивированная регистрация №" + expired.getFirst()
                            + " (Физическое лицо), зарегистрирована 24.11.2026 08:00");
            assertThat(housekeeping(database, "WS-03").run()).isEqualTo(new HousekeepingReport(true, 0));
        }
    }
}

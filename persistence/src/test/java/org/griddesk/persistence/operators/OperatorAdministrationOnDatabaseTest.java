package org.griddesk.persistence.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.operators.OperatorListing;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.core.testing.MarkedPasswords;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two administrators on one database: versioned operator rows, and always one administrator left. */
class OperatorAdministrationOnDatabaseTest {
    private static final PasswordHasher PASSWORDS = new MarkedPasswords();

    private record Desk(JooqOperatorRepository operators, OperatorAdministration administration, AuditService audit) {
    }

    private static Desk desk(Database database) {
        JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
        JooqTransactions transactions = new JooqTransactions(database.dsl());
        AccessControl access = new AccessControl(operators);
        AuditService audit = new AuditService(new JooqAuditRepository(database.dsl(), java.time.ZoneOffset.UTC),
                transactions, access);
        AuthenticationService authentication = new AuthenticationService(operators, PASSWORDS, Clock.systemUTC(), audit);
        return new Desk(operators, new OperatorAdministration(operators, authentication, transactions, audit, access), audit);
    }

    private static Operator admin(JooqOperatorRepository operators, String login) {
        long id = operators.create(new NewOperator(login, "Администратор " + login, Set.of(Role.ADMIN), false, false), "x");
        return operators.findById(id).orElseThrow().operator();
    }

    private static long version(Desk desk, Operator actor, long id) {
        return desk.administration().list(actor).stream().filter(l -> l.operator().id() == id).findFirst()
                .map(OperatorListing::version).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoAdministratorsDisablingEachOtherLeaveOneStanding(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            Desk desk = desk(database);
            for (int round = 0; round < 5; round++) {
                Operator first = admin(desk.operators(), "first" + round);
                Operator second = admin(desk.operators(), "second" + round);
                List<Operator> others = desk.administration().list(first).stream().map(OperatorListing::operator)
                        .filter(o -> o.enabled() && o.roles().contains(Role.ADMIN) && o.id() != first.id()
                                && o.id() != second.id()).toList();
                for (Operator other : others) {
                    desk.administration().update(first, other.id(), version(desk, first, other.id()), other.fullName(),
                            other.roles(), false, false);
                }
                long firstVersion = version(desk, first, first.id());
                long secondVersion = version(desk, second, second.id());
                CyclicBarrier start = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Object>> outcomes = new ArrayList<>();
                outcomes.add(pool.submit(() -> attempt(start, () -> desk.administration().update(first, second.id(),
                        secondVersion, second.fullName(), EnumSet.of(Role.ADMIN), false, false))));
                outcomes.add(pool.submit(() -> attempt(start, () -> desk.administration().update(second, first.id(),
                        firstVersion, first.fullName(), EnumSet.of(Role.ADMIN), false, false))));
                List<Object> results = new ArrayList<>();
                for (Future<Object> outcome : outcomes) {
                    results.add(outcome.get());
                }
                pool.shutdownNow();

                long enabledAdmins = desk.operators().listing().stream().map(OperatorListing::operator)
                        .filter(o -> o.enabled() && o.roles().contains(Role.ADMIN)).count();
                assertThat(enabledAdmins).as("round " + round + ": " + results).isEqualTo(1);
                assertThat(results).filteredOn(Operator.class::isInstance).hasSize(1);
                assertThat(results).filteredOn(DomainException.class::isInstance).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditBasedOnAnOlderVersionIsRefusedAndAuditedTimesComeFromTheServer(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            Desk desk = desk(database);
            Operator admin = admin(desk.operators(), "chief");
            long id = desk.operators().create(new NewOperator("clerk", "Клерк", Set.of(Role.CLERK), false, false), "x");
            long seen = version(desk, admin, id);
            desk.administration().update(admin, id, seen, "Клерк Первый", Set.of(Role.CLERK), true, true);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.administration().update(admin, id, seen,
                            "Клерк Второй", Set.of(Role.SUPERVISOR), false, true))
                    .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("другим администратором");
            assertThat(desk.operators().findById(id).orElseThrow().operator().fullName()).isEqualTo("Клерк Первый");

            Instant recorded = desk.audit().recent(1).getFirst().at();
            assertThat(Duration.between(recorded, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        }
    }

    private static Object attempt(CyclicBarrier start, java.util.concurrent.Callable<Operator> change) throws Exception {
        start.await();
        try {
            return change.call();
        } catch (RuntimeException e) {
            return e;
        }
    }
}

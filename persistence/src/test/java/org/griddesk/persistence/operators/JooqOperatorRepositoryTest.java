package org.griddesk.persistence.operators;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAccount;
import org.griddesk.core.access.Role;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqOperatorRepositoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsRolesSigningRightAndPasswordHash(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
            assertThat(database.isEmpty()).isTrue();
            long id = operators.create(new NewOperator("petrov", "Петров Алексей Николаевич",
                    EnumSet.of(Role.CLERK, Role.SUPERVISOR), true, true), "$argon2id$hash-1");

            OperatorAccount account = operators.findByLogin("petrov").orElseThrow();
            assertThat(account.passwordHash()).isEqualTo("$argon2id$hash-1");
            assertThat(account.operator()).isEqualTo(new Operator(id, "petrov", "Петров Алексей Николаевич",
                    Set.of(Role.CLERK, Role.SUPERVISOR), true, true, true));
            assertThat(database.isEmpty()).isFalse();

            operators.updatePassword(id, "$argon2id$hash-2", false);
            OperatorAccount changed = operators.findByLogin("petrov").orElseThrow();
            assertThat(changed.passwordHash()).isEqualTo("$argon2id$hash-2");
            assertThat(changed.operator().mustChangePassword()).isFalse();
            assertThat(operators.findByLogin("nobody")).isEmpty();
            assertThat(operators.count()).isEqualTo(1);
            assertThat(operators.listing()).extracting(listing -> listing.operator().login()).containsExactly("petrov");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loginsAreUnique(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
            NewOperator clerk = new NewOperator("clerk", "Иванова", Set.of(Role.CLERK), false, false);
            operators.create(clerk, "h");
            assertThatThrownBy(() -> operators.create(clerk, "h")).isInstanceOf(org.jooq.exception.DataAccessException.class);
            assertThat(operators.count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsFailedLoginsLocksAndUpdatesRolesAndRights(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
            long id = operators.create(new NewOperator("smirnova", "Смирнова", Set.of(Role.CLERK), false, false), "h");
            assertThat(operators.recordFailedLogin(id)).isEqualTo(1);
            assertThat(operators.recordFailedLogin(id)).isEqualTo(2);
            java.time.Instant until = java.time.Instant.parse("2026-11-25T10:15:00Z");
            operators.lock(id, until);
            OperatorAccount locked = operators.findById(id).orElseThrow();
            assertThat(locked.failedLogins()).isZero();
            assertThat(locked.lockedUntil()).isEqualTo(until);
            operators.clearFailedLogins(id);
            assertThat(operators.findById(id).orElseThrow().lockedUntil()).isNull();

            assertThat(operators.update(id, 0, "Смирнова Ольга", EnumSet.of(Role.SUPERVISOR, Role.ADMIN), true, false)).isTrue();
            assertThat(operators.update(id, 0, "Другая", EnumSet.of(Role.CLERK), false, true))
                    .as("a second edit based on the same version is refused").isFalse();
            assertThat(operators.findById(id).orElseThrow().operator()).isEqualTo(new Operator(id, "smirnova",
                    "Смирнова Ольга", Set.of(Role.SUPERVISOR, Role.ADMIN), true, false, false));
        }
    }
}

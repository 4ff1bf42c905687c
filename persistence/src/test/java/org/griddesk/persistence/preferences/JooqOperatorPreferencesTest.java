package org.griddesk.persistence.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import org.griddesk.core.access.Role;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqOperatorPreferencesTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsOneValuePerOperatorAndNameAndReplacesIt(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
            long first = operators.create(new NewOperator("petrov", "Петров Алексей Николаевич",
                    EnumSet.of(Role.CLERK), false, true), "$hash");
            long second = operators.create(new NewOperator("sidorova", "Сидорова Анна Петровна",
                    EnumSet.of(Role.CLERK), false, true), "$hash");
            JooqOperatorPreferences preferences = new JooqOperatorPreferences(database.dsl());

            preferences.save(first, "table.queue", "STATUS:200||100");
            preferences.save(first, "table.queue", "STATUS:240||50");
            preferences.save(second, "table.queue", "TITLE:90||200");

            assertThat(preferences.find(first, "table.queue")).contains("STATUS:240||50");
            assertThat(preferences.find(second, "table.queue")).contains("TITLE:90||200");
            assertThat(preferences.find(first, "table.registrations")).isEmpty();
        }
    }
}

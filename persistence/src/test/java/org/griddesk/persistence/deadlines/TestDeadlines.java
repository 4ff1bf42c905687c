package org.griddesk.persistence.deadlines;

import java.time.Clock;
import java.time.ZoneOffset;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.registrations.JooqJobLock;
import org.jooq.DSLContext;

/** The deadline service on a test database's own tables, as the application wires it. */
public final class TestDeadlines {
    private TestDeadlines() {
    }

    public static DeadlineService service(DSLContext dsl, Clock clock) {
        JooqProductionCalendar calendar = new JooqProductionCalendar(dsl);
        return new DeadlineService(new JooqCaseDeadlines(dsl), new JooqCaseRepository(dsl, ZoneOffset.UTC), calendar,
                new JooqDeadlineRuleTable(dsl), new JooqTransactions(dsl), clock, new JooqJobLock(dsl), "test");
    }
}

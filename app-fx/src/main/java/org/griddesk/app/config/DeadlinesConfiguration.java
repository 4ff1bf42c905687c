package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.sync.DeadlineKeeper;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.persistence.deadlines.JooqCaseDeadlines;
import org.griddesk.persistence.deadlines.JooqDeadlineRuleTable;
import org.griddesk.persistence.deadlines.JooqProductionCalendar;
import org.griddesk.persistence.registrations.JooqJobLock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deadlines: the rule table, the production calendar, and the keeper that plans what the portal sent. */
@Configuration(proxyBeanMethods = false)
class DeadlinesConfiguration {
    @Bean
    DeadlineService deadlineService(DSLContext dsl, CaseRepository cases, Transactions transactions, Clock clock) {
        return new DeadlineService(new JooqCaseDeadlines(dsl), cases, new JooqProductionCalendar(dsl),
                new JooqDeadlineRuleTable(dsl), transactions, clock, new JooqJobLock(dsl),
                RegistrationsConfiguration.workstationName());
    }

    @Bean
    DeadlineAdministration deadlineAdministration(DSLContext dsl, AuditTrail auditTrail, Transactions transactions,
                                                  AccessControl access) {
        return new DeadlineAdministration(new JooqDeadlineRuleTable(dsl), new JooqProductionCalendar(dsl), auditTrail,
                transactions, access);
    }

    @Bean(destroyMethod = "close")
    DeadlineKeeper deadlineKeeper(DeadlineService deadlines) {
        DeadlineKeeper keeper = new DeadlineKeeper(deadlines);
        keeper.start();
        return keeper;
    }
}

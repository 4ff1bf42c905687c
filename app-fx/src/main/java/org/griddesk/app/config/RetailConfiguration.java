package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.persistence.accounts.JooqAccounts;
import org.griddesk.persistence.readings.JooqReadings;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Energy retail (seed 001): personal accounts and their link requests, meter readings and their letters. */
@Configuration(proxyBeanMethods = false)
class RetailConfiguration {
    @Bean
    AccountService accountService(DSLContext dsl, AuditTrail audit, AccessControl access, Transactions transactions,
                                  Clock clock) {
        return new AccountService(new JooqAccounts(dsl), new JooqReadings(dsl), audit, access, transactions, clock);
    }

    @Bean
    ReadingService readingService(DSLContext dsl, MailNotifier notifier, AuditTrail audit, AccessControl access,
                                  Transactions transactions, Clock clock) {
        return new ReadingService(new JooqReadings(dsl), notifier, audit, access, transactions, clock);
    }
}

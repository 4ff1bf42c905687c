package org.griddesk.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.griddesk.app.sync.HousekeepingKeeper;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.persistence.registrations.JooqJobLock;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registrations from the portal: review, and housekeeping of those never activated (hourly outside demo mode, and on demand). */
@Configuration(proxyBeanMethods = false)
class RegistrationsConfiguration {
    @Bean
    RegistrationRepository registrationRepository(DSLContext dsl) {
        return new JooqRegistrationRepository(dsl);
    }

    @Bean
    RegistrationService registrationService(RegistrationRepository registrations, ApplicantRepository applicants,
                                            MailNotifier notifier, Transactions transactions, Clock clock,
                                            AuditService audit, AccessControl access) {
        return new RegistrationService(registrations, applicants, notifier, transactions, clock, audit, access);
    }

    @Bean
    Housekeeping housekeeping(RegistrationRepository registrations, AuditService audit, DSLContext dsl,
                              Transactions transactions, Clock clock) {
        return new Housekeeping(registrations, audit, new JooqJobLock(dsl), transactions, clock, workstationName());
    }

    @Bean(destroyMethod = "close")
    HousekeepingKeeper housekeepingKeeper(Housekeeping housekeeping, GridDeskSettings settings) {
        HousekeepingKeeper keeper = new HousekeepingKeeper(housekeeping);
        // The demo's expired registrations are there to be seen; ./griddesk housekeeping still removes them.
        if (!settings.demoMode()) {
            keeper.start();
        }
        return keeper;
    }

    static String workstationName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "workstation/" + ProcessHandle.current().pid();
        }
    }
}

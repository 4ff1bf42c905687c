package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.sync.PortalIntakeKeeper;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.portal.PortalIntake;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.persistence.portal.JooqPortalInbox;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the portal writes to the shared database, taken in on every workstation (docs/portal-contract.md). */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {
    @Bean
    PortalIntake portalIntake(DSLContext dsl, RegistrationService registrations, CaseRepository cases,
                              DocumentStore documents, HtmlSanitizer sanitizer, DictionaryService dictionaries,
                              DocumentSigningService signing, Transactions transactions, Clock clock) {
        return new PortalIntake(new JooqPortalInbox(dsl), registrations, cases, documents, sanitizer, dictionaries,
                signing, transactions, clock);
    }

    @Bean(destroyMethod = "close")
    PortalIntakeKeeper portalIntakeKeeper(PortalIntake intake) {
        PortalIntakeKeeper keeper = new PortalIntakeKeeper(intake);
        keeper.start();
        return keeper;
    }
}

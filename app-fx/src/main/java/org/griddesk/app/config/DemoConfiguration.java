package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.demo.DemoStart;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.core.reports.PdfReports;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.persistence.demo.DemoData;
import org.griddesk.persistence.demo.DemoRegistrations;
import org.griddesk.persistence.demo.DemoRetail;
import org.jooq.DSLContext;
import org.springframework.core.env.Environment;
import org.griddesk.signing.demo.DemoSignatures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Demo data, demo registrations and demo signatures: wired only in demo mode, so nothing else can reach them. */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoConfiguration.DemoMode.class)
class DemoConfiguration {
    @Bean
    DemoStart demoStart(GridDeskSettings settings, ApplicantRepository applicants, CaseRepository caseRepository,
                        DocumentStore documents, OperatorRepository operators, PasswordHasher hasher,
                        Transactions transactions, Clock clock, PdfReports pdf, CaseService cases,
                        DocumentSigningService signing, RegistrationRepository registrations,
                        AuthenticationService authentication, DSLContext dsl, Environment environment) {
        // Fewer accounts only where a smaller demo is asked for (the tests: each starts a demo of its own).
        int retailAccounts = environment.getProperty("griddesk.demo.retail-accounts", Integer.class, DemoRetail.ACCOUNTS);
        return new DemoStart(
                new DemoData(applicants, caseRepository, documents, operators, hasher, transactions, clock, pdf),
                new DemoSignatures(settings.home(), cases, signing, clock),
                new DemoRegistrations(registrations, applicants, transactions, clock), new DemoRetail(dsl, clock, retailAccounts),
                transactions, authentication);
    }

    static final class DemoMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return GridDeskSettings.from(context.getEnvironment()).demoMode();
        }
    }
}

package org.griddesk.app.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.griddesk.app.cases.JsoupHtmlSanitizer;
import org.griddesk.app.operators.Argon2PasswordHasher;
import org.griddesk.app.signing.CmsSignatureChecker;
import org.griddesk.app.signing.KeySources;
import org.griddesk.app.signing.TrustConfiguration;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.demo.DemoData;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.signing.JooqSignatureRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** Wires the ports of `core` to their database and library implementations. No web server. */
@Configuration(proxyBeanMethods = false)
@Import(ServicesConfiguration.class)
public class GridDeskConfiguration {
    /** {@code griddesk.home}: a command-line property, a system property or GRIDDESK_HOME; else ~/.griddesk. */
    @Bean
    Path griddeskHome(Environment environment) {
        String configured = environment.getProperty("griddesk.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".griddesk");
    }

    @Bean
    DatabaseSettings databaseSettings(Path griddeskHome) {
        return DatabaseSettings.resolve(griddeskHome, System.getenv());
    }

    @Bean(destroyMethod = "close")
    Database database(DatabaseSettings settings) {
        return Database.open(settings);
    }

    @Bean
    DSLContext dsl(Database database) {
        return database.dsl();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Transactions transactions(DSLContext dsl) {
        return new JooqTransactions(dsl);
    }

    @Bean
    ApplicantRepository applicantRepository(DSLContext dsl) {
        return new JooqApplicantRepository(dsl);
    }

    @Bean
    CaseRepository caseRepository(DSLContext dsl, Clock clock) {
        return new JooqCaseRepository(dsl, clock.getZone());
    }

    @Bean
    DocumentStore documentStore(DSLContext dsl, Clock clock) {
        return new JooqDocumentStore(dsl, clock);
    }

    @Bean
    OperatorRepository operatorRepository(DSLContext dsl, Clock clock) {
        return new JooqOperatorRepository(dsl, clock);
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Bean
    CaseService caseService(CaseRepository cases, DocumentStore documents, DSLContext dsl, Transactions transactions,
                            Clock clock, CaseNotifier caseNotifier, AuditTrail auditTrail) {
        return new CaseService(cases, documents, new JooqStatusDictionary(dsl), new JsoupHtmlSanitizer(), transactions, clock,
                caseNotifier, auditTrail);
    }

    @Bean
    DemoData demoData(ApplicantRepository applicants, CaseRepository cases, DocumentStore documents,
                      OperatorRepository operators, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new DemoData(applicants, cases, documents, operators, hasher, transactions, clock);
    }

    @Bean
    AuditService auditService(DSLContext dsl, Transactions transactions, Clock clock) {
        return new AuditService(new JooqAuditRepository(dsl, clock.getZone()), transactions, clock);
    }

    @Bean
    OperatorAdministration operatorAdministration(OperatorRepository operators, AuthenticationService authentication,
                                                  Transactions transactions, AuditService auditTrail) {
        return new OperatorAdministration(operators, authentication, transactions, auditTrail);
    }

    @Bean
    TrustConfiguration trustConfiguration(Path griddeskHome) {
        return new TrustConfiguration(griddeskHome);
    }

    @Bean
    DocumentSigningService documentSigningService(CaseRepository cases, DocumentStore documents, DSLContext dsl,
                                                  TrustConfiguration trust, Transactions transactions, Clock clock,
                                                  Environment environment, CaseNotifier caseNotifier,
                                                  AuditTrail auditTrail, OrganisationSettingsService settings) {
        return new DocumentSigningService(cases, documents, new JooqSignatureRepository(dsl),
                new CmsSignatureChecker(trust::current), transactions, clock,
                organisationName(environment, settings), caseNotifier, auditTrail);
    }

    /**
     * The name from «Данные и настройки», read when it is used; {@code griddesk.organisation.name} overrides it
     * (tests, and workstations of a second organisation on one database).
     */
    static Supplier<String> organisationName(Environment environment, OrganisationSettingsService settings) {
        String configured = environment.getProperty("griddesk.organisation.name");
        if (configured != null && !configured.isBlank()) {
            return configured::strip;
        }
        return () -> settings.profile().name();
    }

    @Bean
    DemoSignatures demoSignatures(Path griddeskHome, CaseService cases, DocumentSigningService signing, Clock clock) {
        return new DemoSignatures(griddeskHome, cases, signing, clock);
    }

    /** {@code griddesk.pkcs11.library} (GRIDDESK_PKCS11_LIBRARY) and optional {@code griddesk.pkcs11.slot}. */
    @Bean
    KeySources keySources(Environment environment) {
        String library = environment.getProperty("griddesk.pkcs11.library");
        return new KeySources(library == null || library.isBlank() ? null : Path.of(library.trim()),
                environment.getProperty("griddesk.pkcs11.slot", Integer.class));
    }

    @Bean
    Workplace workplace(AuthenticationService authentication, CaseService cases, DocumentSigningService signing,
                        KeySources keySources, Database database, Environment environment,
                        OperatorAdministration operators, AuditService audit, WorkplaceExtras extras) {
        long idleMinutes = environment.getProperty("griddesk.idle-lock-minutes", Long.class, 10L);
        return new Workplace(authentication, cases, signing, keySources, database::reachable,
                Duration.ofMinutes(Math.max(0, idleMinutes)), operators, audit, extras);
    }

    @Bean
    WorkplaceExtras workplaceExtras(DictionaryService dictionaries, OrganisationSettingsService settings,
                                    RegistrationService registrations, OutboxService outbox, ChangeFeed changes) {
        return new WorkplaceExtras(dictionaries, settings, registrations, outbox, changes);
    }

    @Bean
    AuthenticationService authenticationService(OperatorRepository operators, PasswordHasher hasher, Clock clock) {
        return new AuthenticationService(operators, hasher, clock);
    }
}

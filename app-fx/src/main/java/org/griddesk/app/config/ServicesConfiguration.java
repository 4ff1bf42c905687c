package org.griddesk.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.griddesk.app.cases.JsoupHtmlSanitizer;
import org.griddesk.app.mail.OutboxWorker;
import org.griddesk.app.mail.SmtpMailSender;
import org.griddesk.app.mail.SmtpSettings;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.notifications.DeliveryPolicy;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.core.notifications.MailTemplates;
import org.griddesk.core.notifications.Outbox;
import org.griddesk.core.notifications.OutboxDelivery;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.persistence.changes.ChangeFeeds;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.demo.DemoRegistrations;
import org.griddesk.persistence.notifications.JooqMailTemplates;
import org.griddesk.persistence.notifications.JooqOutbox;
import org.griddesk.persistence.registrations.JooqJobLock;
import org.griddesk.persistence.registrations.JooqRegistrationRepository;
import org.griddesk.persistence.settings.JooqDictionaries;
import org.griddesk.persistence.settings.JooqOrganisationSettings;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Mail, registrations, settings and the change feed: the parts added after the case spine. */
@Configuration(proxyBeanMethods = false)
public class ServicesConfiguration {

    @Bean
    SmtpSettings smtpSettings(Environment environment) {
        return SmtpSettings.from(environment);
    }

    @Bean
    Outbox outbox(DSLContext dsl) {
        return new JooqOutbox(dsl);
    }

    /** Without an SMTP host mail waits in the outbox instead of failing attempt after attempt. */
    @Bean(destroyMethod = "stop")
    OutboxWorker outboxWorker(Outbox outbox, SmtpSettings smtp, Clock clock) {
        OutboxWorker worker = new OutboxWorker(new OutboxDelivery(outbox, new SmtpMailSender(smtp), DeliveryPolicy.STANDARD), clock);
        if (smtp.configured()) {
            worker.start();
        }
        return worker;
    }

    @Bean
    MailTemplates mailTemplates(DSLContext dsl) {
        return new JooqMailTemplates(dsl);
    }

    @Bean
    MailNotifier mailNotifier(MailTemplates templates, Outbox outbox, Clock clock, Environment environment,
                              OutboxWorker worker, OrganisationSettingsService settings) {
        return new MailNotifier(templates, outbox, clock, GridDeskConfiguration.organisationName(environment, settings),
                environment.getProperty("griddesk.mail.organisation-mailbox", ""),
                environment.getProperty("griddesk.portal.url", ""), worker::trigger);
    }

    @Bean
    OutboxService outboxService(Outbox outbox, Clock clock, OutboxWorker worker) {
        return new OutboxService(outbox, clock, worker::trigger);
    }

    @Bean
    RegistrationRepository registrationRepository(DSLContext dsl) {
        return new JooqRegistrationRepository(dsl);
    }

    @Bean
    RegistrationService registrationService(RegistrationRepository registrations, ApplicantRepository applicants,
                                            MailNotifier notifier, Transactions transactions, Clock clock,
                                            AuditService audit) {
        return new RegistrationService(registrations, applicants, notifier, transactions, clock, audit);
    }

    @Bean
    Housekeeping housekeeping(RegistrationRepository registrations, AuditService audit, DSLContext dsl,
                              Transactions transactions, Clock clock) {
        return new Housekeeping(registrations, audit, new JooqJobLock(dsl), transactions, clock, workstationName());
    }

    @Bean
    DemoRegistrations demoRegistrations(RegistrationRepository registrations, ApplicantRepository applicants,
                                        Transactions transactions, Clock clock) {
        return new DemoRegistrations(registrations, applicants, transactions, clock);
    }

    @Bean
    DictionaryService dictionaryService(DSLContext dsl, AuditService audit, Transactions transactions, Clock clock) {
        return new DictionaryService(new JooqDictionaries(dsl), audit, transactions, clock);
    }

    @Bean
    OrganisationSettingsService organisationSettingsService(DSLContext dsl, AuditService audit, Transactions transactions) {
        return new OrganisationSettingsService(new JooqOrganisationSettings(dsl), new JsoupHtmlSanitizer(), audit, transactions);
    }

    @Bean
    ChangeFeed changeFeed(Database database) {
        return ChangeFeeds.forDatabase(database);
    }

    private static String workstationName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "workstation/" + ProcessHandle.current().pid();
        }
    }
}

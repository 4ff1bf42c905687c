package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.mail.OutboxWorker;
import org.griddesk.app.mail.SmtpMailSender;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.notifications.DeliveryPolicy;
import org.griddesk.core.notifications.MailNotifier;
import org.griddesk.core.notifications.MailTemplates;
import org.griddesk.core.notifications.Outbox;
import org.griddesk.core.notifications.OutboxDelivery;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.persistence.notifications.JooqMailTemplates;
import org.griddesk.persistence.notifications.JooqOutbox;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Letters: templates, the outbox written with each change, and its delivery over SMTP. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {
    @Bean
    Outbox outbox(DSLContext dsl) {
        return new JooqOutbox(dsl);
    }

    /** Without an SMTP host mail waits in the outbox instead of failing attempt after attempt. */
    @Bean(destroyMethod = "stop")
    OutboxWorker outboxWorker(Outbox outbox, GridDeskSettings settings, Clock clock) {
        OutboxWorker worker = new OutboxWorker(new OutboxDelivery(outbox, new SmtpMailSender(settings.smtp()),
                DeliveryPolicy.STANDARD), clock);
        if (settings.smtp().configured()) {
            worker.start();
        }
        return worker;
    }

    @Bean
    MailTemplates mailTemplates(DSLContext dsl) {
        return new JooqMailTemplates(dsl);
    }

    @Bean
    MailNotifier mailNotifier(MailTemplates templates, Outbox outbox, Clock clock, GridDeskSettings settings,
                              OutboxWorker worker, SettingsConfiguration.OrganisationName organisationName,
                              SettingsConfiguration.OrganisationMailbox organisationMailbox) {
        return new MailNotifier(templates, outbox, clock, organisationName.supplier(), organisationMailbox.supplier(),
                settings.portalUrl(), worker::trigger);
    }

    @Bean
    OutboxService outboxService(Outbox outbox, Clock clock, OutboxWorker worker, GridDeskSettings settings,
                                AccessControl access) {
        return new OutboxService(outbox, clock, worker::trigger, settings.smtp().configured(), access);
    }
}

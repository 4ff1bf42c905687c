package org.griddesk.app.config;

import java.time.Clock;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.persistence.settings.JooqDictionaries;
import org.griddesk.persistence.settings.JooqOrganisationSettings;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dictionaries, «Данные и настройки» and the portal's texts. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {
    @Bean
    DictionaryService dictionaryService(DSLContext dsl, AuditService audit, Transactions transactions, Clock clock,
                                        AccessControl access) {
        return new DictionaryService(new JooqDictionaries(dsl), audit, transactions, clock, access);
    }

    @Bean
    OrganisationSettingsService organisationSettingsService(DSLContext dsl, HtmlSanitizer sanitizer, AuditService audit,
                                                            Transactions transactions, AccessControl access) {
        return new OrganisationSettingsService(new JooqOrganisationSettings(dsl), sanitizer, audit, transactions, access);
    }

    /**
     * The name from «Данные и настройки», read when it is used; {@code griddesk.organisation.name} overrides it
     * (tests, and workstations of a second organisation on one database).
     */
    @Bean
    OrganisationName organisationName(GridDeskSettings settings, OrganisationSettingsService organisation) {
        String configured = settings.organisationNameOverride();
        return new OrganisationName(configured.isEmpty() ? () -> organisation.profile().name() : () -> configured);
    }

    /**
     * Where new registrations are announced: «Электронная почта для уведомлений о новых регистрациях» of «Данные и
     * настройки», read for each letter, unless {@code griddesk.mail.organisation-mailbox} pins one on this workstation.
     */
    @Bean
    OrganisationMailbox organisationMailbox(GridDeskSettings settings, OrganisationSettingsService organisation) {
        String configured = settings.organisationMailbox();
        return new OrganisationMailbox(configured.isEmpty() ? () -> organisation.profile().notificationMailbox()
                : () -> configured);
    }

    /** A named supplier, so the mail configuration asks for this one and no other. */
    record OrganisationMailbox(Supplier<String> supplier) {
    }

    /** A named supplier, so the mail and signing configurations ask for this one and no other. */
    record OrganisationName(Supplier<String> supplier) {
    }
}

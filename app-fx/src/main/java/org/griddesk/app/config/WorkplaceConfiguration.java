package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.about.AboutGridDesk;
import org.griddesk.app.accounts.RetailServices;
import org.griddesk.app.admin.AdminScreenServices;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.app.cases.CaseScreenServices;
import org.griddesk.app.shell.Workplace;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.reports.CsvTables;
import org.griddesk.core.reports.PdfReports;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.core.contracts.ContractService;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningKeys;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.RunningStatements;
import org.griddesk.app.cases.QueueServices;
import org.griddesk.core.cases.CaseAssignment;
import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.reports.ReportService;
import org.jooq.DSLContext;
import org.griddesk.persistence.portal.JooqPortalArrivals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The window's side: the services each tab works with, grouped by screen. */
@Configuration(proxyBeanMethods = false)
class WorkplaceConfiguration {
    @Bean
    CaseScreenServices caseScreenServices(CaseService cases, DocumentSigningService signing, ContractService contracts,
                                          DictionaryService dictionaries, SigningKeys keys, PdfReports pdf, Clock clock) {
        return new CaseScreenServices(cases, signing, contracts, dictionaries, keys, pdf, clock);
    }

    @Bean
    AdminScreenServices adminScreenServices(OperatorAdministration operators, AuditService audit,
                                            DictionaryService dictionaries, OrganisationSettingsService settings,
                                            CsvTables csv, DeadlineAdministration deadlines) {
        return new AdminScreenServices(operators, audit, dictionaries, settings, csv, deadlines);
    }

    @Bean
    QueueServices queueServices(CaseAssignment assignment, DeadlineService deadlines, ReportService reports,
                                DSLContext dsl) {
        return new QueueServices(assignment, deadlines, reports, new JooqPortalArrivals(dsl));
    }

    @Bean
    Workplace workplace(AuthenticationService authentication, CaseScreenServices cases,
                        RegistrationService registrations, OutboxService outbox, AdminScreenServices administration,
                        ChangeFeed changes, Database database, GridDeskSettings settings,
                        PreferenceService preferences, QueueServices queue, ReportService reports,
                        AccountService accounts, ReadingService readings, PdfReports pdf, Clock clock) {
        return new Workplace(authentication, cases, registrations, outbox, administration, changes,
                database::reachable, settings.idleLockAfter(), worker -> database.statements().runningOn(worker)
                        .<Runnable>map(statement -> () -> RunningStatements.cancel(statement)).orElse(() -> { }),
                preferences, queue, reports, new RetailServices(accounts, readings, pdf, clock), AboutGridDesk.current(settings.database().isPostgres(),
                        settings.database().isPostgres() ? settings.database().describe() : "", settings.home()));
    }
}

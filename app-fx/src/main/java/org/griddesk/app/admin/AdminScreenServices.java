package org.griddesk.app.admin;

import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.reports.CsvTables;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;

/**
 * The core services behind «Администрирование»: operators, dictionaries, settings, texts, the audit trail, the
 * deadline rules and the production calendar.
 */
public record AdminScreenServices(OperatorAdministration operators, AuditService audit, DictionaryService dictionaries,
                                  OrganisationSettingsService settings, CsvTables csv,
                                  DeadlineAdministration deadlines) {
}

package org.griddesk.app.config;

import java.time.Clock;
import java.util.List;
import org.griddesk.app.documents.CsvReportWriter;
import org.griddesk.app.documents.PdfBoxReportWriter;
import org.griddesk.app.documents.XlsxReportWriter;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.reports.ReportService;
import org.griddesk.persistence.reports.JooqReportQueries;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervisor's reports and the exports of reports and of the queue. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {
    @Bean
    ReportService reportService(DSLContext dsl, CaseRepository cases, DeadlineService deadlines,
                                Transactions transactions, AuditTrail auditTrail, AccessControl access, Clock clock) {
        return new ReportService(new JooqReportQueries(dsl, clock.getZone()), cases, deadlines::workingCalendar,
                List.of(new XlsxReportWriter(), new CsvReportWriter(), new PdfBoxReportWriter()), transactions,
                auditTrail, access, clock);
    }
}

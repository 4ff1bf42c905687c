package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.applicants.ApplicantRepository;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.cases.JooqDocumentStore;
import org.griddesk.persistence.cases.JooqStatusDictionary;
import org.jooq.DSLContext;
import org.griddesk.core.cases.CaseAssignment;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.persistence.operators.JooqAssignees;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applicants and their cases: queue, card, timeline, documents. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {
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
    CaseService caseService(CaseRepository cases, DocumentStore documents, DSLContext dsl, HtmlSanitizer sanitizer,
                            Transactions transactions, Clock clock, CaseNotifier caseNotifier, AuditTrail auditTrail,
                            AccessControl access, DictionaryService dictionaries, DeadlineService deadlines) {
        return new CaseService(cases, documents, new JooqStatusDictionary(dsl), sanitizer, transactions, clock,
                caseNotifier, auditTrail, access, dictionaries, deadlines);
    }

    @Bean
    CaseAssignment caseAssignment(CaseRepository cases, DSLContext dsl, Transactions transactions, Clock clock,
                                  AuditTrail auditTrail, AccessControl access) {
        return new CaseAssignment(cases, new JooqAssignees(dsl), transactions, clock, auditTrail, access);
    }
}

package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.contracts.ContractService;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.persistence.contracts.JooqContracts;
import org.griddesk.persistence.signing.JooqSignatureRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract after the signatures: concluded by the signing service, its stages from the dictionaries. */
@Configuration(proxyBeanMethods = false)
class ContractsConfiguration {
    @Bean
    ContractService contractService(DSLContext dsl, CaseRepository cases, DeadlineService deadlines,
                                    DictionaryService dictionaries, CaseNotifier caseNotifier, AuditTrail auditTrail,
                                    AccessControl access, Transactions transactions, Clock clock) {
        return new ContractService(new JooqContracts(dsl), cases, new JooqSignatureRepository(dsl), deadlines, deadlines,
                dictionaries::contractStages, caseNotifier, auditTrail, access, transactions, clock);
    }
}

package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.sync.AuditSealer;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.common.Transactions;
import org.griddesk.persistence.audit.JooqAuditRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chained audit trail (152-FZ). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    AuditService auditService(DSLContext dsl, Transactions transactions, Clock clock, AccessControl access) {
        return new AuditService(new JooqAuditRepository(dsl, clock.getZone()), transactions, access);
    }

    @Bean(destroyMethod = "close")
    AuditSealer auditSealer(AuditService audit) {
        AuditSealer sealer = new AuditSealer(audit);
        sealer.start();
        return sealer;
    }
}

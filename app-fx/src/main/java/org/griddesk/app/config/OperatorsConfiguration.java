package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.app.passwords.Argon2PasswordHasher;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.operators.PasswordHasher;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.persistence.preferences.JooqOperatorPreferences;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Operators: accounts, passwords, logging in, administration. */
@Configuration(proxyBeanMethods = false)
class OperatorsConfiguration {
    @Bean
    OperatorRepository operatorRepository(DSLContext dsl, Clock clock) {
        return new JooqOperatorRepository(dsl, clock);
    }

    /** Every protected call reads the operator again, so an administrator's change takes effect at once. */
    @Bean
    AccessControl accessControl(OperatorRepository operators) {
        return new AccessControl(operators);
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Bean
    AuthenticationService authenticationService(OperatorRepository operators, PasswordHasher hasher, Clock clock,
                                                AuditService audit) {
        return new AuthenticationService(operators, hasher, clock, audit);
    }

    @Bean
    PreferenceService preferenceService(DSLContext dsl) {
        return new PreferenceService(new JooqOperatorPreferences(dsl));
    }

    @Bean
    OperatorAdministration operatorAdministration(OperatorRepository operators, AuthenticationService authentication,
                                                  Transactions transactions, AuditService audit, AccessControl access) {
        return new OperatorAdministration(operators, authentication, transactions, audit, access);
    }
}

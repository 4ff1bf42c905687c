package org.griddesk.app.config;

import java.time.Clock;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.contracts.ContractService;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningKeys;
import org.griddesk.persistence.signing.JooqSignatureRepository;
import org.griddesk.signing.CmsSignatureChecker;
import org.griddesk.signing.keys.KeySources;
import org.griddesk.signing.trust.TrustConfiguration;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Two-sided signing: the workstation's trust settings, its key sources, and the signing service. */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {
    @Bean
    TrustConfiguration trustConfiguration(GridDeskSettings settings) {
        return new TrustConfiguration(settings.home(), settings.demoMode());
    }

    @Bean
    DocumentSigningService documentSigningService(CaseRepository cases, DocumentStore documents, DSLContext dsl,
                                                  TrustConfiguration trust, Transactions transactions, Clock clock,
                                                  SettingsConfiguration.OrganisationName organisationName,
                                                  CaseNotifier caseNotifier, AuditTrail auditTrail, AccessControl access,
                                                  ContractService contracts) {
        return new DocumentSigningService(cases, documents, new JooqSignatureRepository(dsl),
                new CmsSignatureChecker(trust::current), transactions, clock, organisationName.supplier(),
                caseNotifier, auditTrail, access, contracts);
    }

    /** A PKCS#12 file always; the token named by {@code griddesk.pkcs11.library}; CryptoPro when installed. */
    @Bean
    SigningKeys signingKeys(GridDeskSettings settings, Clock clock) {
        return new KeySources(settings.pkcs11Library(), settings.pkcs11Slot(), clock);
    }
}

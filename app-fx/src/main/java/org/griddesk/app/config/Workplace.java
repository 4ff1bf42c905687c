package org.griddesk.app.config;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.griddesk.app.signing.KeySources;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.signing.DocumentSigningService;

/**
 * The services a logged-in window works with, taken from the application context once it has started.
 * {@code idleLockAfter} zero means the screen never locks by itself.
 */
public record Workplace(AuthenticationService authentication, CaseService cases, DocumentSigningService signing,
                        KeySources keySources, BooleanSupplier databaseReachable, Duration idleLockAfter,
                        OperatorAdministration operators, AuditService audit, WorkplaceExtras extras) {
}

package org.griddesk.core.operators;

import org.griddesk.core.access.Operator;
import java.time.Instant;

/**
 * An operator together with the stored password hash and the failed-login guard: only the authentication
 * service sees it. {@code lockedUntil} is null when the account is not locked.
 */
public record OperatorAccount(Operator operator, String passwordHash, int failedLogins, Instant lockedUntil) {
    public OperatorAccount(Operator operator, String passwordHash) {
        this(operator, passwordHash, 0, null);
    }
}

package org.griddesk.core.audit;

import java.time.Instant;

/** One line of the organisation's audit trail. {@code details} never hold personal data. */
public record AuditEntry(long id, Instant at, String actor, String action, String details) {
}

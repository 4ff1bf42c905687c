package org.griddesk.core.audit;

import java.time.LocalDate;

/** Filter of the audit trail: all optional; {@code text} matches actor, action, subject, before and after. */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String text, int limit) {
    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.trim();
        text = text == null || text.isBlank() ? null : text.trim();
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}

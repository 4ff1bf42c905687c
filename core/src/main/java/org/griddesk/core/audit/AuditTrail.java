package org.griddesk.core.audit;

import org.griddesk.core.access.Operator;

/**
 * Port: the append-only audit trail (152-FZ): every operator action and every opening of an applicant's
 * personal data. Called inside the transaction of the action itself, so a change and its record stand or
 * fall together.
 */
public interface AuditTrail {
    /**
     * {@code subject} names what was acted on ("Обращение №1563", "Пользователь ivanova");
     * {@code before}/{@code after} may be null.
     */
    void record(Operator actor, String action, String subject, String before, String after);

    /** For tests and tools that keep no trail. */
    AuditTrail NONE = (actor, action, subject, before, after) -> { };
}

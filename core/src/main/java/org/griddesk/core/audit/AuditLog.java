package org.griddesk.core.audit;

import java.time.Instant;
import java.util.List;

/** Port: the append-only audit trail. Entries are never changed or deleted. */
public interface AuditLog {
    void append(Instant at, String actor, String action, String details);

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int limit);
}

package org.griddesk.core.audit;


import java.util.List;

/** Port: the append-only audit trail. Entries are never changed or deleted. */
public interface AuditLog {
    /** Stamped with the shared database's time, not this workstation's clock. */
    void append(String actor, String action, String details);

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int limit);
}

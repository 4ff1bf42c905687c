package org.griddesk.core.audit;

import java.time.Instant;
import java.util.List;

/** Port: where the chained records live. */
public interface AuditRepository {
    /** The head, locked until the caller's transaction ends: appends from all workstations queue up here. */
    AuditHead lockHead();

    AuditHead head();

    /** The database server's current time: every workstation's records carry the same clock. */
    Instant serverTime();

    /** Inserts the record and moves the head onto it. */
    void append(AuditRecord record);

    /** Records in chain order from {@code fromSeq} on, at most {@code limit}: the verifier walks the trail in pages. */
    List<AuditRecord> chain(long fromSeq, int limit);

    /** Newest first. */
    List<AuditRecord> find(AuditQuery query);
}

package org.griddesk.core.audit;

import java.util.List;

/**
 * Port: where the records live. Appending takes no lock (every workstation's operations would queue behind one row);
 * one sealer at a time chains the appended records: {@link #lockHead()}, {@link #unsealed(int)}, {@link #seal}.
 */
public interface AuditRepository {
    /** Appends a record outside the chain, stamped with the database server's clock, in the caller's transaction. */
    void appendUnsealed(String actor, String action, String subject, String before, String after);

    /** The oldest records waiting to be sealed (committed ones only), at most {@code limit}, in id order. */
    List<UnsealedRecord> unsealed(int limit);

    long unsealedCount();

    /** The head, locked until the caller's transaction ends: sealers from all workstations take turns here. */
    AuditHead lockHead();

    AuditHead head();

    /** Inserts the chained records, removes the unsealed ones they came from and moves the head onto the last. */
    void seal(List<AuditRecord> chained, List<Long> unsealedIds);

    /** Records in chain order from {@code fromSeq} on, at most {@code limit}: the verifier walks the trail in pages. */
    List<AuditRecord> chain(long fromSeq, int limit);

    /** Newest first. */
    List<AuditRecord> find(AuditQuery query);
}

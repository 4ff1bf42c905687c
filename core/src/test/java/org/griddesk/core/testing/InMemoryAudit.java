package org.griddesk.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.griddesk.core.audit.AuditHead;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.audit.AuditRepository;

/** The audit records in memory; tests may tamper with them as an intruder with database access would. */
public class InMemoryAudit implements AuditRepository {
    public final List<AuditRecord> records = new ArrayList<>();
    public AuditHead head = AuditHead.EMPTY;
    /** The "database server's" clock the records are stamped with. */
    public java.util.function.Supplier<java.time.Instant> serverClock = java.time.Instant::now;

    @Override
    public java.time.Instant serverTime() {
        return serverClock.get();
    }

    @Override
    public AuditHead lockHead() {
        return head;
    }

    @Override
    public AuditHead head() {
        return head;
    }

    @Override
    public void append(AuditRecord record) {
        records.add(record);
        head = new AuditHead(record.seq(), record.hash());
    }

    @Override
    public List<AuditRecord> chain(long fromSeq, int limit) {
        return records.stream().filter(r -> r.seq() >= fromSeq).sorted(Comparator.comparingLong(AuditRecord::seq))
                .limit(limit).toList();
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) {
        return records.reversed().stream().limit(query.limit()).toList();
    }
}

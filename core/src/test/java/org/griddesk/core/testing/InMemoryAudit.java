package org.griddesk.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.griddesk.core.audit.AuditHead;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.audit.AuditRepository;
import org.griddesk.core.audit.UnsealedRecord;

/** The audit records in memory; tests may tamper with them as an intruder with database access would. */
public class InMemoryAudit implements AuditRepository {
    public final List<AuditRecord> records = new ArrayList<>();
    public final List<UnsealedRecord> waiting = new ArrayList<>();
    public AuditHead head = AuditHead.EMPTY;
    /** The "database server's" clock the records are stamped with. */
    public Supplier<Instant> serverClock = Instant::now;
    private long nextId = 1;

    @Override
    public void appendUnsealed(String actor, String action, String subject, String before, String after) {
        waiting.add(new UnsealedRecord(nextId++, serverClock.get(), actor, action, subject, before, after));
    }

    @Override
    public List<UnsealedRecord> unsealed(int limit) {
        return waiting.stream().limit(limit).toList();
    }

    @Override
    public long unsealedCount() {
        return waiting.size();
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
    public void seal(List<AuditRecord> chained, List<Long> unsealedIds) {
        records.addAll(chained);
        waiting.removeIf(record -> unsealedIds.contains(record.id()));
        AuditRecord last = chained.getLast();
        head = new AuditHead(last.seq(), last.hash());
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

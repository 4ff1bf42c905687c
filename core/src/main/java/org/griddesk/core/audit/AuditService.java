package org.griddesk.core.audit;

import org.griddesk.core.access.AccessControl;
import java.time.Instant;
import java.util.List;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;

/**
 * The chained audit trail: records operator actions and openings of personal data (as {@link AuditTrail}, and as
 * the housekeeping job's {@link AuditLog}), lets administrators read it, and checks that no record was changed or
 * removed.
 */
public class AuditService implements AuditTrail, AuditLog {
    static final int PAGE = 1000;

    private final AuditRepository records;
    private final Transactions transactions;
    private final AccessControl access;

    public AuditService(AuditRepository records, Transactions transactions, AccessControl access) {
        this.access = access;
        this.records = records;
        this.transactions = transactions;
    }

    @Override
    public void record(Operator actor, String action, String subject, String before, String after) {
        append(actor.fullName() + " (" + actor.login() + ")", action, subject, before, after);
    }

    @Override
    public void append(String actor, String action, String details) {
        append(actor, action, details, null, null);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return records.find(new AuditQuery(null, null, null, null, limit)).stream()
                .map(r -> new AuditEntry(r.seq(), r.at(), r.actor(), r.action(), r.subject()))
                .toList();
    }

    /** Stamped with the database server's time, read after the head is locked: one clock, in chain order. */
    private void append(String actor, String action, String subject, String before, String after) {
        transactions.run(() -> {
            AuditHead head = records.lockHead();
            Instant at = records.serverTime();
            records.append(AuditHashes.seal(head.seq() + 1, at, actor, action, subject, before, after, head.hash()));
        });
    }

    public List<AuditRecord> find(Operator actor, AuditQuery query) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return records.find(query);
    }

    /** Walks the whole chain in order and names the first record whose hash or link does not hold. */
    public AuditVerification verify() {
        long checked = 0;
        long expectedSeq = 1;
        String previous = AuditHashes.GENESIS;
        List<AuditRecord> page;
        do {
            page = records.chain(expectedSeq, PAGE);
            for (AuditRecord record : page) {
                if (record.seq() != expectedSeq) {
                    return new AuditVerification(checked, expectedSeq, "запись отсутствует (удалена)");
                }
                if (!record.previousHash().equals(previous)) {
                    return new AuditVerification(checked, record.seq(), "не совпадает ссылка на предыдущую запись");
                }
                if (!AuditHashes.hashOf(record).equals(record.hash())) {
                    return new AuditVerification(checked, record.seq(), "содержимое изменено после записи");
                }
                previous = record.hash();
                expectedSeq++;
                checked++;
            }
        } while (page.size() == PAGE);
        AuditHead head = records.head();
        if (head.seq() > checked) {
            return new AuditVerification(checked, checked + 1, "записи с №" + (checked + 1) + " по №" + head.seq() + " удалены");
        }
        if (!head.hash().equals(previous)) {
            return new AuditVerification(checked, head.seq(), "последняя запись не совпадает с сохранённым концом журнала");
        }
        return new AuditVerification(checked, 0, null);
    }
}

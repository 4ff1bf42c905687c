package org.griddesk.core.audit;

import org.griddesk.core.access.AccessControl;
import java.util.ArrayList;
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
        seal();
        return records.find(new AuditQuery(null, null, null, null, limit)).stream()
                .map(r -> new AuditEntry(r.seq(), r.at(), r.actor(), r.action(), r.subject()))
                .toList();
    }

    /**
     * In the caller's transaction (a rolled-back change leaves no record), without waiting for anyone: the record is
     * chained by {@link #seal()} within a second.
     */
    private void append(String actor, String action, String subject, String before, String after) {
        records.appendUnsealed(actor, action, subject, before, after);
    }

    /**
     * Chains the appended records in their order, a page per transaction, holding the head so that sealers on other
     * workstations take turns; returns how many were sealed. Run every second by each workstation, and before the
     * trail is read or verified.
     */
    public long seal() {
        long sealed = 0;
        int page;
        do {
            page = transactions.inTransaction(this::sealPage);
            sealed += page;
        } while (page == PAGE);
        return sealed;
    }

    private int sealPage() {
        AuditHead head = records.lockHead();
        List<UnsealedRecord> waiting = records.unsealed(PAGE);
        List<AuditRecord> chained = new ArrayList<>(waiting.size());
        long seq = head.seq();
        String previous = head.hash();
        for (UnsealedRecord record : waiting) {
            AuditRecord link = AuditHashes.seal(++seq, record.at(), record.actor(), record.action(), record.subject(),
                    record.before(), record.after(), previous);
            chained.add(link);
            previous = link.hash();
        }
        if (!chained.isEmpty()) {
            records.seal(chained, waiting.stream().map(UnsealedRecord::id).toList());
        }
        return chained.size();
    }

    public List<AuditRecord> find(Operator actor, AuditQuery query) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        seal();
        return records.find(query);
    }

    /**
     * Seals what waits, then walks the whole chain in order and names the first record whose hash or link does not
     * hold; records appended meanwhile are reported as not yet sealed.
     */
    public AuditVerification verify() {
        seal();
        AuditVerification chain = verifyChain();
        return chain.withUnsealed(records.unsealedCount());
    }

    private AuditVerification verifyChain() {
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

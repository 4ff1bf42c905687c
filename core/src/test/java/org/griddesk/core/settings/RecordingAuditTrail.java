package org.griddesk.core.settings;

import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.access.Operator;

/** Keeps what the services recorded, and whether each record was written inside the change's transaction. */
final class RecordingAuditTrail implements AuditTrail {
    record Entry(String actor, String action, String subject, String before, String after, boolean inTransaction) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final CountingTransactions transactions;

    RecordingAuditTrail(CountingTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(Operator actor, String action, String subject, String before, String after) {
        entries.add(new Entry(actor.login(), action, subject, before, after, transactions.inside()));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Entry last() {
        return entries.getLast();
    }
}

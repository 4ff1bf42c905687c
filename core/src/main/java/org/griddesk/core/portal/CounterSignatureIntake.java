package org.griddesk.core.portal;

import java.time.Clock;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.portal.PortalInbox.PortalRow;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.DocumentSigningService;

/**
 * Takes in the applicants' counter-signatures the portal wrote: each is verified and stored as the document's
 * signature (accepted, or rejected with its reason) together with marking the portal's row.
 */
final class CounterSignatureIntake {
    private final PortalInbox inbox;
    private final DocumentSigningService signing;
    private final ClaimedRows rows;
    private final Clock clock;

    CounterSignatureIntake(PortalInbox inbox, DocumentSigningService signing, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.signing = signing;
        this.rows = new ClaimedRows(inbox, transactions, clock);
        this.clock = clock;
    }

    int takeIn() {
        return rows.takeIn(PortalRow.COUNTER_SIGNATURE,
                inbox.claimCounterSignatures(clock.instant(), PortalIntake.LEASE, PortalIntake.BATCH),
                PendingCounterSignature::id, pending -> {
                    DocumentSignature stored = receive(pending);
                    inbox.counterSignatureTaken(pending.id(), clock.instant(), stored.id(), stored.accepted(),
                            stored.rejectionReason());
                });
    }

    private DocumentSignature receive(PendingCounterSignature pending) {
        return switch (pending.kind()) {
            case SIMPLE -> signing.receiveSimpleCounterSignatureByHash(pending.caseId(), pending.documentId(),
                    pending.phone(), pending.sentAt(), pending.codeHash());
            case QUALIFIED -> signing.receiveQualifiedCounterSignature(pending.caseId(), pending.documentId(),
                    pending.cms());
        };
    }
}

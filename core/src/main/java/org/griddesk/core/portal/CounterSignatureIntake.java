package org.griddesk.core.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.griddesk.core.common.DomainException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.DocumentSigningService;

/**
 * Takes in the applicants' counter-signatures the portal wrote: each is verified and stored as the document's
 * signature (accepted, or rejected with its reason) in one transaction with marking the portal's row, so a
 * workstation that dies halfway leaves the row to be claimed again and nothing half-done.
 */
public final class CounterSignatureIntake {
    /** Long enough for a slow certificate check; a dead workstation's rows wait this long for another one. */
    static final Duration LEASE = Duration.ofMinutes(2);
    public static final int BATCH = 20;

    private final PortalInbox inbox;
    private final DocumentSigningService signing;
    private final Transactions transactions;
    private final Clock clock;

    public CounterSignatureIntake(PortalInbox inbox, DocumentSigningService signing, Transactions transactions,
                                  Clock clock) {
        this.inbox = inbox;
        this.signing = signing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One round: how many counter-signatures this workstation took in (accepted, rejected or refused). */
    public int takeIn() {
        List<PendingCounterSignature> claimed = inbox.claimCounterSignatures(clock.instant(), LEASE, BATCH);
        for (PendingCounterSignature pending : claimed) {
            try {
                transactions.run(() -> {
                    DocumentSignature stored = receive(pending);
                    inbox.counterSignatureTaken(pending.id(), clock.instant(), stored.id(), stored.accepted(),
                            stored.rejectionReason());
                });
            } catch (DomainException refused) {
                inbox.counterSignatureRefused(pending.id(), clock.instant(), refused.getMessage());
            }
        }
        return claimed.size();
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

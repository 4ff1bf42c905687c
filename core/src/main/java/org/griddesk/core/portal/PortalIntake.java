package org.griddesk.core.portal;

import java.time.Clock;
import java.time.Duration;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.DocumentStore;
import org.griddesk.core.cases.HtmlSanitizer;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.signing.DocumentSigningService;

/**
 * Everything the portal wrote to the shared database, taken in by this workstation: registrations before their
 * activations, submissions before the counter-signatures that may follow them. Runs on every workstation; the
 * inbox's claims make each row one workstation's.
 */
public final class PortalIntake {
    /** Long enough for a slow certificate check; a dead workstation's rows wait this long for another one. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Rows claimed at once; a full batch means more may be waiting. */
    public static final int BATCH = 20;

    private final RegistrationIntake registrations;
    private final SubmissionIntake submissions;
    private final CounterSignatureIntake counterSignatures;

    public PortalIntake(PortalInbox inbox, RegistrationService registrations, CaseRepository cases,
                        DocumentStore documents, HtmlSanitizer sanitizer, CaseDictionaries administered,
                        DocumentSigningService signing, Transactions transactions, Clock clock) {
        this.registrations = new RegistrationIntake(inbox, registrations, transactions, clock);
        this.submissions = new SubmissionIntake(inbox, cases, documents, sanitizer, administered, transactions, clock);
        this.counterSignatures = new CounterSignatureIntake(inbox, signing, transactions, clock);
    }

    /** One round over every kind of row: the most rows of one kind claimed, so that a full batch asks for more. */
    public int takeIn() {
        int most = registrations.takeInRegistrations();
        most = Math.max(most, registrations.takeInActivations());
        most = Math.max(most, submissions.takeIn());
        return Math.max(most, counterSignatures.takeIn());
    }
}

package org.griddesk.core.registrations;

import java.time.Instant;

/** Port: e-mails about registrations, queued inside the transaction of the action that causes them. */
public interface RegistrationNotifier {
    /** To the organisation's mailbox. */
    void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt);

    void confirmed(String email, String applicantName);

    void rejected(String email, String applicantName, String reason);

    void correctionRequested(String email, String applicantName, String reason);
}

package org.griddesk.core.registrations;

import java.time.Instant;

/** Port: e-mails about registrations, queued inside the transaction of the action that causes them. */
public interface RegistrationNotifier {
    /** To the organisation's mailbox. */
    void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt);

    void confirmed(String email, String applicantName);

    void rejected(String email, String applicantName, String reason);

    void correctionRequested(String email, String applicantName, String reason);

    /** For rules and repositories tested without mail. */
    RegistrationNotifier NONE = new RegistrationNotifier() {
        @Override
        public void newRegistration(String applicantName, String applicantTypeTitle, Instant registeredAt) {
        }

        @Override
        public void confirmed(String email, String applicantName) {
        }

        @Override
        public void rejected(String email, String applicantName, String reason) {
        }

        @Override
        public void correctionRequested(String email, String applicantName, String reason) {
        }
    };
}

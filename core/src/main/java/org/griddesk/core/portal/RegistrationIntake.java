package org.griddesk.core.portal;

import java.time.Clock;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.portal.PortalInbox.PortalRow;
import org.griddesk.core.registrations.RegistrationService;

/**
 * Takes in the registrations the portal wrote (each announced to the organisation's mailbox as it is stored) and
 * the later activations of their accounts.
 */
final class RegistrationIntake {
    private final PortalInbox inbox;
    private final RegistrationService registrations;
    private final ClaimedRows rows;
    private final Clock clock;

    RegistrationIntake(PortalInbox inbox, RegistrationService registrations, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.registrations = registrations;
        this.rows = new ClaimedRows(inbox, transactions, clock);
        this.clock = clock;
    }

    int takeInRegistrations() {
        return rows.takeIn(PortalRow.REGISTRATION,
                inbox.claimRegistrations(clock.instant(), PortalIntake.LEASE, PortalIntake.BATCH),
                PortalRegistration::id, written -> inbox.registrationTaken(written.id(), clock.instant(),
                        registrations.receive(written.registration())));
    }

    int takeInActivations() {
        return rows.takeIn(PortalRow.ACTIVATION,
                inbox.claimActivations(clock.instant(), PortalIntake.LEASE, PortalIntake.BATCH),
                PortalActivation::id, activation -> {
                    if (activation.registrationId() == null) {
                        throw new ValidationException("Регистрация не была принята, активировать нечего");
                    }
                    registrations.activated(activation.registrationId(), activation.emailConfirmedAt(),
                            activation.activatedAt());
                    inbox.activationTaken(activation.id(), clock.instant());
                });
    }
}

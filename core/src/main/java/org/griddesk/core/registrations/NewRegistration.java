package org.griddesk.core.registrations;

import java.time.Instant;
import java.util.Objects;

/** What the portal writes when someone registers; the times of confirmation and activation may be null. */
public record NewRegistration(RegistrationForm form, Consents consents, Instant registeredAt, Instant phoneConfirmedAt,
                              Instant emailConfirmedAt, Instant activatedAt) {

    public NewRegistration {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(registeredAt, "registeredAt");
        consents = consents == null ? Consents.none() : consents;
    }
}

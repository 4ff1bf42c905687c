package org.griddesk.core.registrations;

import java.time.Instant;

/**
 * The form's consent checkboxes and when each was ticked (null: not ticked). Acquaintance with 152-FZ and the
 * processing consent are mandatory; the marketing consent is optional (seed 000).
 */
public record Consents(Instant personalDataLawAt, Instant processingAt, Instant marketingAt) {

    public static Consents mandatoryOnly(Instant at) {
        return new Consents(at, at, null);
    }

    public static Consents all(Instant at) {
        return new Consents(at, at, at);
    }

    public static Consents none() {
        return new Consents(null, null, null);
    }

    public boolean mandatoryGiven() {
        return personalDataLawAt != null && processingAt != null;
    }
}

package org.griddesk.core.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.griddesk.core.applicants.ApplicantType;

/**
 * A portal registration under review. {@code verifiedFields} are the "green ticks" (seed 004) set when a clerk
 * confirms; {@code applicantId} is the applicant created at that moment (null before). {@code stateReason} is
 * the reason of the last rejection, correction request or block; {@code blockedFrom} the state a block
 * interrupted, restored by unblocking.
 */
public record Registration(long id, long version, RegistrationForm form, Consents consents, Instant registeredAt,
                           Instant phoneConfirmedAt, Instant emailConfirmedAt, Instant activatedAt,
                           RegistrationState state, String stateReason, RegistrationState blockedFrom,
                           Set<RegistrationField> verifiedFields, Long applicantId) {

    /** Seed 000: "Активация доступна в течение 24 часов, по истечении указанного срока Личный кабинет удаляется". */
    public static final Duration ACTIVATION_WINDOW = Duration.ofHours(24);

    public Registration {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(state, "state");
        consents = consents == null ? Consents.none() : consents;
        verifiedFields = verifiedFields == null || verifiedFields.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(verifiedFields));
    }

    /** A registration as it arrives from the portal: new, unreviewed. */
    public static Registration received(long id, NewRegistration received) {
        return new Registration(id, 0, received.form(), received.consents(), received.registeredAt(),
                received.phoneConfirmedAt(), received.emailConfirmedAt(), received.activatedAt(),
                RegistrationState.NEW, null, null, Set.of(), null);
    }

    public ApplicantType type() {
        return form.type();
    }

    public String displayName() {
        return form.displayName();
    }

    public Instant activationDeadline() {
        return registeredAt.plus(ACTIVATION_WINDOW);
    }

    public boolean isVerified(RegistrationField field) {
        return verifiedFields.contains(field);
    }

    /** The same registration after a clerk's action; the repository bumps the version when it saves it. */
    public Registration reviewed(RegistrationState newState, String reason, RegistrationState newBlockedFrom,
                                 Set<RegistrationField> verified, Long newApplicantId) {
        return new Registration(id, version, form, consents, registeredAt, phoneConfirmedAt, emailConfirmedAt,
                activatedAt, newState, reason, newBlockedFrom, verified, newApplicantId);
    }
}

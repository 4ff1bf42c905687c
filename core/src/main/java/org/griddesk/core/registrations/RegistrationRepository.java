package org.griddesk.core.registrations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: portal registrations, their histories and the duplicate search, in the shared database. */
public interface RegistrationRepository {
    /** Stores a registration as the portal received it (state NEW, version 0) and returns its id. */
    long create(NewRegistration registration);

    Optional<Registration> findById(long id);

    /**
     * Sets the activation time (and the e-mail's confirmation time unless null) and moves the version on, so a clerk
     * who opened the registration before sees it changed; false when there is no such registration.
     */
    boolean recordActivation(long id, Instant emailConfirmedAt, Instant activatedAt);

    /** Newest first (registration time, then id); the activation filter is evaluated at {@code now}. */
    List<Registration> find(RegistrationQuery query, Instant now);

    long count(RegistrationQuery query, Instant now);

    /**
     * Saves state, reason, blocked-from state, verified fields and applicant link of {@code reviewed} if the row
     * still has {@code expectedVersion}, and bumps the version. Returns false when someone else saved first.
     */
    boolean updateReview(Registration reviewed, long expectedVersion);

    void appendHistory(long registrationId, RegistrationChange change);

    /** Newest first. */
    List<RegistrationChange> history(long registrationId);

    /**
     * A mark that differs whenever a registration arrived or changed since it was last read (every such step appends
     * to its history): what lets each workstation's queue follow the others' and the portal's. Removals by the
     * housekeeping (weeks-old registrations never activated) need not move it.
     */
    long changeMark();

    /**
     * For each registration id given with its keys: the other registrations (e-mail only where confirmed) and the
     * applicants sharing any of its keys; one hit per shared field. A registration's hit carries its applicant id
     * when it has one. Many registrations at once, so a page of the queue costs a few look-ups, not one per row.
     */
    Map<Long, List<Duplicate>> findSharing(Map<Long, DuplicateKeys> keysByRegistration);

    /**
     * Registrations never activated whose 24-hour window is over at {@code now} (registered at or before
     * {@code now} minus {@link Registration#ACTIVATION_WINDOW}): the housekeeping's work, oldest first.
     */
    List<Registration> findActivationExpired(Instant now);

    /** Removes the registration with its history; false when it is gone already. */
    boolean delete(long registrationId);
}

package org.griddesk.core.cases;

import java.time.Instant;
import java.util.Optional;

/** Port: cases, their timelines and histories in the shared database. */
public interface CaseRepository {
    long create(NewCase newCase);

    /** The page, its total and the per-status counters of {@link CasePage}. */
    CasePage find(CaseQuery query);

    /**
     * Every row the query's filters keep, in its order (its page ignored), handed over one by one from a database
     * cursor: an export of a million rows never holds them together. Call inside a transaction.
     */
    void forEachMatching(CaseQuery query, java.util.function.Consumer<CaseSummary> row);

    Optional<CaseCard> load(long caseId);

    /** Version, status and number alone: what a change checks before it changes the case. */
    Optional<CaseState> state(long caseId);

    /**
     * Saves status and number only if the case still has {@code expectedVersion} (at which its status was
     * {@code previousStatus}: the kept counters move from it), and bumps the version.
     * Returns false when someone else saved first. A number already used by another case raises a
     * ValidationException ({@link RegistrationNumbers#alreadyTaken(String)}), also when two saves race.
     */
    boolean updateStatusAndNumber(long caseId, long expectedVersion, String previousStatus, String status,
                                  String registrationNumber, Instant at);

    /**
     * A digits-only number above the largest one any case has and above every one suggested before, taken
     * atomically: two clerks pressing «Предложить» at the same moment get different numbers.
     */
    long nextNumericRegistrationNumber();

    /** Appends an item (its id is ignored) and marks the case changed at the item's time; returns the new id. */
    long addItem(long caseId, TimelineItem item);

    Optional<TimelineItem> findItem(long caseId, long itemId);

    void deleteItem(long caseId, long itemId, Instant at);

    void appendHistory(long caseId, CaseChange change);

    /**
     * Gives the case to {@code assigneeId} (null: to no one) if its «Исполнитель» is still {@code expectedAssigneeId};
     * false when someone else changed it first. The version stays: an open card is not made stale by it.
     */
    boolean assign(long caseId, Long expectedAssigneeId, Long assigneeId);

    /** Sets the case's "last change" without touching its version (signatures, items). */
    void markChanged(long caseId, Instant at);
}

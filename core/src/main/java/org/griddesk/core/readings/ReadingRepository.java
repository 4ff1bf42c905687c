package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: meters and readings in the shared database; the portal writes its customers' readings there too. */
public interface ReadingRepository {
    /** The account's meters by service and zone, each with its readings since {@code since}, newest first. */
    List<MeterReadings> metersOf(long accountId, Instant since);

    Optional<MeterContext> context(long meterId);

    Optional<Reading> find(long readingId);

    /** The newest reading billing uses, other than {@code exceptReadingId}. */
    Optional<Reading> lastBilled(long meterId, long exceptReadingId);

    long insert(long meterId, Instant at, ReadingChannel channel, BigDecimal value, boolean rollover);

    /** Readings still {@link ReadingState#SUBMITTED} in {@code [from, to)}, oldest first. */
    List<Reading> submittedBetween(long meterId, Instant from, Instant to);

    /** Marks these submitted readings {@link ReadingState#REPLACED}. */
    void replace(List<Long> readingIds, String by, Instant at);

    /** False when the reading is no longer at {@code expectedVersion}: another clerk decided first. */
    boolean decide(long readingId, long expectedVersion, ReadingState state, BigDecimal acceptedValue,
                   BigDecimal consumption, String reason, String by, Instant at);

    /** Submitted readings, oldest first. */
    List<PendingReading> pending(int limit);

    /** Fault notices not yet answered, oldest first. */
    List<PendingFault> pendingFaults(int limit);

    Optional<FaultNotice> findFault(long faultId);

    /** False when the notice is no longer at {@code expectedVersion}: another clerk answered first. */
    boolean answerFault(long faultId, long expectedVersion, String answer, String by, Instant at);
}

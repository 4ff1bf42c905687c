package org.griddesk.persistence.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.core.readings.FaultNotice;
import org.griddesk.core.readings.FaultState;
import org.griddesk.core.readings.Meter;
import org.griddesk.core.readings.MeterContext;
import org.griddesk.core.readings.MeterReadings;
import org.griddesk.core.readings.PendingFault;
import org.griddesk.core.readings.PendingReading;
import org.griddesk.core.readings.Reading;
import org.griddesk.core.readings.ReadingChannel;
import org.griddesk.core.readings.ReadingRepository;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.core.readings.ReadingWindow;
import org.griddesk.persistence.schema.tables.records.MeterFaultNoticeRecord;
import org.griddesk.persistence.schema.tables.records.MeterReadingRecord;
import org.griddesk.persistence.schema.tables.records.MeterRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_FAULT_NOTICE;
import static org.griddesk.persistence.schema.Tables.METER_READING;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;
import static org.griddesk.persistence.schema.Tables.RETAIL_BRANCH;

/** Meters and their readings (V21); the portal inserts its customers' readings as SUBMITTED rows (portal contract). */
public final class JooqReadings implements ReadingRepository {
    private final DSLContext dsl;

    public JooqReadings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<MeterReadings> metersOf(long accountId, Instant since) {
        Map<Long, Meter> meters = new LinkedHashMap<>();
        dsl.selectFrom(METER).where(METER.ACCOUNT_ID.eq(accountId)).orderBy(METER.SERVICE, METER.ZONE, METER.ID)
                .forEach(row -> meters.put(row.getId(), meter(row)));
        Map<Long, List<Reading>> readings = new LinkedHashMap<>();
        meters.keySet().forEach(id -> readings.put(id, new ArrayList<>()));
        dsl.selectFrom(METER_READING)
                .where(METER_READING.METER_ID.in(meters.keySet()).and(METER_READING.SUBMITTED_AT.ge(toColumn(since))))
                .orderBy(METER_READING.SUBMITTED_AT.desc(), METER_READING.ID.desc())
                .forEach(row -> readings.get(row.getMeterId()).add(reading(row)));
        Map<Long, List<FaultNotice>> faults = new LinkedHashMap<>();
        meters.keySet().forEach(id -> faults.put(id, new ArrayList<>()));
        dsl.selectFrom(METER_FAULT_NOTICE).where(METER_FAULT_NOTICE.METER_ID.in(meters.keySet()))
                .orderBy(METER_FAULT_NOTICE.SUBMITTED_AT.desc(), METER_FAULT_NOTICE.ID.desc())
                .forEach(row -> faults.get(row.getMeterId()).add(fault(row)));
        return meters.values().stream().map(meter -> new MeterReadings(meter, List.copyOf(readings.get(meter.id())),
                List.copyOf(faults.get(meter.id())))).toList();
    }

    @Override
    public Optional<MeterContext> context(long meterId) {
        return contexts(METER.ID.eq(meterId)).stream().findFirst();
    }

    private List<MeterContext> contexts(Condition condition) {
        return dsl.select().from(METER).join(PERSONAL_ACCOUNT).on(PERSONAL_ACCOUNT.ID.eq(METER.ACCOUNT_ID))
                .join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(PERSONAL_ACCOUNT.BRANCH_ID))
                .where(condition).fetch(JooqReadings::context);
    }

    private static MeterContext context(Record row) {
        return new MeterContext(meter(row.into(METER)), row.get(PERSONAL_ACCOUNT.NUMBER), row.get(RETAIL_BRANCH.NAME),
                new ReadingWindow(row.get(RETAIL_BRANCH.READING_FROM_DAY), row.get(RETAIL_BRANCH.READING_TO_DAY)),
                row.get(PERSONAL_ACCOUNT.OWNER_NAME), row.get(PERSONAL_ACCOUNT.EMAIL));
    }

    @Override
    public Optional<Reading> find(long readingId) {
        return dsl.selectFrom(METER_READING).where(METER_READING.ID.eq(readingId)).fetchOptional(JooqReadings::reading);
    }

    @Override
    public Optional<Reading> lastBilled(long meterId, long exceptReadingId) {
        return dsl.selectFrom(METER_READING)
                .where(METER_READING.METER_ID.eq(meterId).and(METER_READING.ID.ne(exceptReadingId))
                        .and(METER_READING.STATE.in(ReadingState.ACCEPTED.name(), ReadingState.CORRECTED.name())))
                .orderBy(METER_READING.SUBMITTED_AT.desc(), METER_READING.ID.desc()).limit(1)
                .fetchOptional(JooqReadings::reading);
    }

    @Override
    public long insert(long meterId, Instant at, ReadingChannel channel, BigDecimal value, boolean rollover) {
        return dsl.insertInto(METER_READING).set(METER_READING.METER_ID, meterId)
                .set(METER_READING.SUBMITTED_AT, toColumn(at)).set(METER_READING.CHANNEL, channel.name())
                .set(METER_READING.READING_VALUE, value).set(METER_READING.ROLLOVER, rollover)
                .set(METER_READING.STATE, ReadingState.SUBMITTED.name())
                .returning(METER_READING.ID).fetchSingle(METER_READING.ID);
    }

    @Override
    public List<Reading> submittedBetween(long meterId, Instant from, Instant to) {
        return dsl.selectFrom(METER_READING)
                .where(METER_READING.METER_ID.eq(meterId).and(METER_READING.STATE.eq(ReadingState.SUBMITTED.name()))
                        .and(METER_READING.SUBMITTED_AT.ge(toColumn(from))).and(METER_READING.SUBMITTED_AT.lt(toColumn(to))))
                .orderBy(METER_READING.SUBMITTED_AT, METER_READING.ID)
                .fetch(JooqReadings::reading);
    }

    @Override
    public void replace(List<Long> readingIds, String by, Instant at) {
        dsl.update(METER_READING).set(METER_READING.STATE, ReadingState.REPLACED.name())
                .set(METER_READING.DECIDED_BY, by).set(METER_READING.DECIDED_AT, toColumn(at))
                .set(METER_READING.VERSION, METER_READING.VERSION.plus(1))
                .where(METER_READING.ID.in(readingIds).and(METER_READING.STATE.eq(ReadingState.SUBMITTED.name())))
                .execute();
    }

    @Override
    public boolean decide(long readingId, long expectedVersion, ReadingState state, BigDecimal acceptedValue,
                          BigDecimal consumption, String reason, String by, Instant at) {
        return dsl.update(METER_READING).set(METER_READING.STATE, state.name())
                .set(METER_READING.ACCEPTED_VALUE, acceptedValue).set(METER_READING.CONSUMPTION, consumption)
                .set(METER_READING.REASON, reason).set(METER_READING.DECIDED_BY, by)
                .set(METER_READING.DECIDED_AT, toColumn(at)).set(METER_READING.VERSION, METER_READING.VERSION.plus(1))
                .where(METER_READING.ID.eq(readingId).and(METER_READING.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public List<PendingReading> pending(int limit) {
        List<Reading> waiting = dsl.selectFrom(METER_READING)
                .where(METER_READING.STATE.eq(ReadingState.SUBMITTED.name()))
                .orderBy(METER_READING.SUBMITTED_AT, METER_READING.ID).limit(limit)
                .fetch(JooqReadings::reading);
        List<Long> meterIds = waiting.stream().map(Reading::meterId).distinct().toList();
        Map<Long, MeterContext> meters = new LinkedHashMap<>();
        contexts(METER.ID.in(meterIds)).forEach(context -> meters.put(context.meter().id(), context));
        Map<Long, BigDecimal> previous = lastBilledValues(meterIds);
        return waiting.stream().map(reading -> new PendingReading(reading, meters.get(reading.meterId()),
                previous.get(reading.meterId()))).toList();
    }

    /** Each meter's newest billed value in one statement, not one look-up per waiting reading. */
    private Map<Long, BigDecimal> lastBilledValues(List<Long> meterIds) {
        var newest = DSL.rowNumber().over(DSL.partitionBy(METER_READING.METER_ID)
                .orderBy(METER_READING.SUBMITTED_AT.desc(), METER_READING.ID.desc())).as("newest");
        var billed = DSL.select(METER_READING.METER_ID, METER_READING.ACCEPTED_VALUE, newest).from(METER_READING)
                .where(METER_READING.METER_ID.in(meterIds)
                        .and(METER_READING.STATE.in(ReadingState.ACCEPTED.name(), ReadingState.CORRECTED.name())))
                .asTable("billed");
        Map<Long, BigDecimal> values = new HashMap<>();
        dsl.select(billed.field(METER_READING.METER_ID), billed.field(METER_READING.ACCEPTED_VALUE)).from(billed)
                .where(billed.field(newest).eq(1))
                .forEach(row -> values.put(row.value1(), row.value2()));
        return values;
    }

    @Override
    public List<PendingFault> pendingFaults(int limit) {
        List<FaultNotice> waiting = dsl.selectFrom(METER_FAULT_NOTICE)
                .where(METER_FAULT_NOTICE.STATE.eq(FaultState.NEW.name()))
                .orderBy(METER_FAULT_NOTICE.SUBMITTED_AT, METER_FAULT_NOTICE.ID).limit(limit)
                .fetch(JooqReadings::fault);
        Map<Long, MeterContext> meters = new HashMap<>();
        contexts(METER.ID.in(waiting.stream().map(FaultNotice::meterId).distinct().toList()))
                .forEach(context -> meters.put(context.meter().id(), context));
        return waiting.stream().map(notice -> new PendingFault(notice, meters.get(notice.meterId()))).toList();
    }

    @Override
    public Optional<FaultNotice> findFault(long faultId) {
        return dsl.selectFrom(METER_FAULT_NOTICE).where(METER_FAULT_NOTICE.ID.eq(faultId)).fetchOptional(JooqReadings::fault);
    }

    @Override
    public boolean answerFault(long faultId, long expectedVersion, String answer, String by, Instant at) {
        var f = METER_FAULT_NOTICE;
        return dsl.update(f).set(f.STATE, FaultState.ANSWERED.name()).set(f.ANSWER, answer).set(f.ANSWERED_BY, by)
                .set(f.ANSWERED_AT, toColumn(at)).set(f.VERSION, f.VERSION.plus(1))
                .where(f.ID.eq(faultId).and(f.VERSION.eq(expectedVersion))).execute() == 1;
    }

    private static FaultNotice fault(MeterFaultNoticeRecord row) {
        return new FaultNotice(row.getId(), row.getVersion(), row.getMeterId(), fromColumn(row.getSubmittedAt()),
                row.getDescription(), FaultState.valueOf(row.getState()), row.getAnswer(), row.getAnsweredBy());
    }

    private static Meter meter(MeterRecord row) {
        return new Meter(row.getId(), row.getAccountId(), row.getService(), row.getZone(), row.getSerialNumber(),
                row.getModel(), row.getDigits(), row.getInstalledOn(), row.getNextVerification());
    }

    private static Reading reading(MeterReadingRecord row) {
        return new Reading(row.getId(), row.getVersion(), row.getMeterId(), fromColumn(row.getSubmittedAt()),
                ReadingChannel.valueOf(row.getChannel()), row.getReadingValue(), row.getRollover(),
                ReadingState.valueOf(row.getState()), row.getAcceptedValue(), row.getConsumption(), row.getReason(),
                row.getDecidedBy());
    }
}

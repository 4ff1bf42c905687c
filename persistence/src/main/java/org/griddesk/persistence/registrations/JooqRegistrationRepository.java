package org.griddesk.persistence.registrations;

import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.REGISTRATION;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_COUNT;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.DuplicateKeys;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.core.common.SearchText;
import org.griddesk.persistence.database.LikePatterns;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.ApplicantRecord;
import org.griddesk.persistence.schema.tables.records.RegistrationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

public final class JooqRegistrationRepository implements RegistrationRepository {
    private final DSLContext dsl;

    public JooqRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long create(NewRegistration registration) {
        RegistrationRecord row = RegistrationRows.toRecord(registration);
        long id = dsl.insertInto(REGISTRATION).set(row).returning(REGISTRATION.ID).fetchSingle(REGISTRATION.ID);
        counted(row.getType(), row.getState(), 1);
        return id;
    }

    /** Keeps registration_count in step, in the caller's transaction. */
    private void counted(String type, String state, int delta) {
        dsl.insertInto(REGISTRATION_COUNT, REGISTRATION_COUNT.TYPE, REGISTRATION_COUNT.STATE, REGISTRATION_COUNT.REGISTRATIONS)
                .values(type, state, (long) delta)
                .onDuplicateKeyUpdate()
                .set(REGISTRATION_COUNT.REGISTRATIONS, REGISTRATION_COUNT.REGISTRATIONS.plus(delta))
                .execute();
    }

    @Override
    public Optional<Registration> findById(long id) {
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).fetchOptional()
                .map(RegistrationRows::toRegistration);
    }

    @Override
    public boolean recordActivation(long id, Instant emailConfirmedAt, Instant activatedAt) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.ACTIVATED_AT, Timestamps.toColumn(activatedAt))
                .set(REGISTRATION.EMAIL_CONFIRMED_AT, emailConfirmedAt == null ? REGISTRATION.EMAIL_CONFIRMED_AT
                        : DSL.val(Timestamps.toColumn(emailConfirmedAt)))
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(id))
                .execute() == 1;
    }

    @Override
    public List<Registration> find(RegistrationQuery query, Instant now) {
        return dsl.selectFrom(REGISTRATION)
                .where(filter(query, now))
                .orderBy(REGISTRATION.REGISTERED_AT.desc(), REGISTRATION.ID.desc())
                .offset(query.offset())
                .limit(query.limit())
                .fetch(RegistrationRows::toRegistration);
    }

    /** Without a text or activation filter the kept counters answer; otherwise the matching rows are counted. */
    @Override
    public long count(RegistrationQuery query, Instant now) {
        if (query.text() != null || query.activation() != null) {
            return dsl.fetchCount(REGISTRATION, filter(query, now));
        }
        java.math.BigDecimal kept = dsl.select(DSL.sum(REGISTRATION_COUNT.REGISTRATIONS)).from(REGISTRATION_COUNT)
                .where(query.type() == null ? DSL.noCondition() : REGISTRATION_COUNT.TYPE.eq(query.type().name()))
                .and(query.state() == null ? DSL.noCondition() : REGISTRATION_COUNT.STATE.eq(query.state().name()))
                .fetchSingle(0, java.math.BigDecimal.class);
        return kept == null ? 0 : kept.longValue();
    }

    private static Condition filter(RegistrationQuery query, Instant now) {
        List<Condition> conditions = new ArrayList<>();
        if (query.type() != null) {
            conditions.add(REGISTRATION.TYPE.eq(query.type().name()));
        }
        if (query.state() != null) {
            conditions.add(REGISTRATION.STATE.eq(query.state().name()));
        }
        for (String word : SearchText.words(query.text())) {
            conditions.add(REGISTRATION.SEARCH_TEXT.like(LikePatterns.containing(word), LikePatterns.ESCAPE));
        }
        if (query.activation() != null) {
            OffsetDateTime windowStart = windowStart(now);
            conditions.add(switch (query.activation()) {
                case ACTIVATED -> REGISTRATION.ACTIVATED_AT.isNotNull();
                case WAITING -> REGISTRATION.ACTIVATED_AT.isNull().and(REGISTRATION.REGISTERED_AT.gt(windowStart));
                case EXPIRED -> REGISTRATION.ACTIVATED_AT.isNull().and(REGISTRATION.REGISTERED_AT.le(windowStart));
            });
        }
        return DSL.and(conditions);
    }

    /** Registered at or before this moment means the 24 hours are over at {@code now}. */
    private static OffsetDateTime windowStart(Instant now) {
        return Timestamps.toColumn(now.minus(Registration.ACTIVATION_WINDOW));
    }

    @Override
    public boolean updateReview(Registration reviewed, long expectedVersion) {
        var before = dsl.select(REGISTRATION.TYPE, REGISTRATION.STATE).from(REGISTRATION)
                .where(REGISTRATION.ID.eq(reviewed.id()).and(REGISTRATION.VERSION.eq(expectedVersion))).fetchOne();
        if (before == null) {
            return false;
        }
        boolean saved = dsl.update(REGISTRATION)
                .set(REGISTRATION.STATE, reviewed.state().name())
                .set(REGISTRATION.STATE_REASON, reviewed.stateReason())
                .set(REGISTRATION.BLOCKED_FROM, reviewed.blockedFrom() == null ? null : reviewed.blockedFrom().name())
                .set(REGISTRATION.VERIFIED_FIELDS, RegistrationRows.fieldsToColumn(reviewed.verifiedFields()))
                .set(REGISTRATION.APPLICANT_ID, reviewed.applicantId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(reviewed.id()).and(REGISTRATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
        String state = reviewed.state().name();
        if (saved && !state.equals(before.value2())) {
            // Status names in order, as with case counters: two reviews never wait for each other in a circle.
            for (String touched : java.util.stream.Stream.of(before.value2(), state).sorted().toList()) {
                counted(before.value1(), touched, touched.equals(state) ? 1 : -1);
            }
        }
        return saved;
    }

    @Override
    public void appendHistory(long registrationId, RegistrationChange change) {
        dsl.insertInto(REGISTRATION_HISTORY)
                .set(REGISTRATION_HISTORY.REGISTRATION_ID, registrationId)
                .set(REGISTRATION_HISTORY.CHANGED_AT, Timestamps.toColumn(change.at()))
                .set(REGISTRATION_HISTORY.ACTOR, change.actor())
                .set(REGISTRATION_HISTORY.WHAT, change.what())
                .set(REGISTRATION_HISTORY.BEFORE_VALUE, change.before())
                .set(REGISTRATION_HISTORY.AFTER_VALUE, change.after())
                .execute();
    }

    @Override
    public List<RegistrationChange> history(long registrationId) {
        return dsl.selectFrom(REGISTRATION_HISTORY)
                .where(REGISTRATION_HISTORY.REGISTRATION_ID.eq(registrationId))
                .orderBy(REGISTRATION_HISTORY.CHANGED_AT.desc(), REGISTRATION_HISTORY.ID.desc())
                .fetch(row -> new RegistrationChange(Timestamps.fromColumn(row.getChangedAt()), row.getActor(),
                        row.getWhat(), row.getBeforeValue(), row.getAfterValue()));
    }

    /** The newest history line's id: one primary-key look-up, cheap enough to ask every few seconds. */
    @Override
    public long changeMark() {
        Long newest = dsl.select(DSL.max(REGISTRATION_HISTORY.ID)).from(REGISTRATION_HISTORY).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    /**
     * One indexed look-up per kind of key for all the registrations together (IN lists, united), rather than an OR
     * across columns per registration, which a database may answer by reading every row (H2 always does); the hits
     * are then sorted out per registration here.
     */
    @Override
    public Map<Long, List<Duplicate>> findSharing(Map<Long, DuplicateKeys> keysByRegistration) {
        Collection<DuplicateKeys> all = keysByRegistration.values();
        List<RegistrationRecord> registrations = united(REGISTRATION, REGISTRATION.ID, List.of(REGISTRATION.ID,
                REGISTRATION.APPLICANT_ID, REGISTRATION.EMAIL_CONFIRMED_AT, REGISTRATION.PHONE_KEY, REGISTRATION.EMAIL_KEY,
                REGISTRATION.SNILS_KEY, REGISTRATION.INN_KEY, REGISTRATION.OGRN_KEY, REGISTRATION.OGRNIP_KEY), List.of(
                in(REGISTRATION.PHONE_KEY, all, DuplicateKeys::phone),
                in(REGISTRATION.EMAIL_KEY, all, DuplicateKeys::email).map(c -> c.and(REGISTRATION.EMAIL_CONFIRMED_AT.isNotNull())),
                in(REGISTRATION.SNILS_KEY, all, DuplicateKeys::snils), in(REGISTRATION.INN_KEY, all, DuplicateKeys::inn),
                in(REGISTRATION.OGRN_KEY, all, DuplicateKeys::ogrn), in(REGISTRATION.OGRNIP_KEY, all, DuplicateKeys::ogrnip)));
        List<ApplicantRecord> applicants = united(APPLICANT, APPLICANT.ID, List.of(APPLICANT.ID, APPLICANT.PHONE,
                APPLICANT.EMAIL_KEY, APPLICANT.SNILS, APPLICANT.INN, APPLICANT.OGRN, APPLICANT.OGRNIP), List.of(
                in(APPLICANT.PHONE, all, DuplicateKeys::phone), in(APPLICANT.EMAIL_KEY, all, DuplicateKeys::email),
                in(APPLICANT.SNILS, all, DuplicateKeys::snils), in(APPLICANT.INN, all, DuplicateKeys::inn),
                in(APPLICANT.OGRN, all, DuplicateKeys::ogrn), in(APPLICANT.OGRNIP, all, DuplicateKeys::ogrnip)));
        Map<Long, List<Duplicate>> found = new HashMap<>();
        keysByRegistration.forEach((id, keys) -> found.put(id, hits(id, keys, registrations, applicants)));
        return found;
    }

    private static List<Duplicate> hits(long registrationId, DuplicateKeys keys, List<RegistrationRecord> registrations,
                                        List<ApplicantRecord> applicants) {
        List<Duplicate> hits = new ArrayList<>();
        for (RegistrationRecord row : registrations) {
            if (row.getId() == registrationId) {
                continue;
            }
            String confirmedEmail = row.getEmailConfirmedAt() == null ? null : row.getEmailKey();
            addRegistrationHit(hits, row, RegistrationField.PHONE, keys.phone(), row.getPhoneKey());
            addRegistrationHit(hits, row, RegistrationField.EMAIL, keys.email(), confirmedEmail);
            addRegistrationHit(hits, row, RegistrationField.SNILS, keys.snils(), row.getSnilsKey());
            addRegistrationHit(hits, row, RegistrationField.INN, keys.inn(), row.getInnKey());
            addRegistrationHit(hits, row, RegistrationField.OGRN, keys.ogrn(), row.getOgrnKey());
            addRegistrationHit(hits, row, RegistrationField.OGRNIP, keys.ogrnip(), row.getOgrnipKey());
        }
        for (ApplicantRecord row : applicants) {
            addApplicantHit(hits, row, RegistrationField.PHONE, keys.phone(), row.getPhone());
            addApplicantHit(hits, row, RegistrationField.EMAIL, keys.email(), row.getEmailKey());
            addApplicantHit(hits, row, RegistrationField.SNILS, keys.snils(), row.getSnils());
            addApplicantHit(hits, row, RegistrationField.INN, keys.inn(), row.getInn());
            addApplicantHit(hits, row, RegistrationField.OGRN, keys.ogrn(), row.getOgrn());
            addApplicantHit(hits, row, RegistrationField.OGRNIP, keys.ogrnip(), row.getOgrnip());
        }
        return hits;
    }

    /** The column holds one of these keys' values; nothing to look up when none of them has one. */
    private static Optional<Condition> in(Field<String> column, Collection<DuplicateKeys> keys,
                                          Function<DuplicateKeys, String> key) {
        Set<String> values = keys.stream().map(key).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        return values.isEmpty() ? Optional.empty() : Optional.of(column.in(values));
    }

    /**
     * The rows matching any of the conditions (those that can match anything), each once, by id, with just the
     * columns a duplicate check reads: the look-ups are united over ids alone, then those rows are read.
     */
    private <R extends org.jooq.TableRecord<R>> List<R> united(org.jooq.Table<R> table, Field<Long> id,
                                                               List<Field<?>> columns,
                                                               List<Optional<Condition>> conditions) {
        List<Select<org.jooq.Record1<Long>>> lookUps = conditions.stream().flatMap(Optional::stream)
                .map(condition -> (Select<org.jooq.Record1<Long>>) DSL.select(id).from(table).where(condition)).toList();
        if (lookUps.isEmpty()) {
            return List.of();
        }
        // The ids first, then the rows by a list of ids: H2 answers «id IN (a union)» by reading every row.
        List<Long> ids = dsl.fetch(lookUps.stream().reduce(Select::union).orElseThrow()).getValues(id);
        return ids.isEmpty() ? List.of() : dsl.select(columns).from(table).where(id.in(ids)).orderBy(id).fetchInto(table);
    }

    private static void addRegistrationHit(List<Duplicate> hits, RegistrationRecord row, RegistrationField field,
                                           String ours, String theirs) {
        if (ours != null && Objects.equals(ours, theirs)) {
            hits.add(Duplicate.ofRegistration(row.getId(), row.getApplicantId(), field, ours));
        }
    }

    private static void addApplicantHit(List<Duplicate> hits, ApplicantRecord row, RegistrationField field,
                                        String ours, String theirs) {
        if (ours != null && Objects.equals(ours, theirs)) {
            hits.add(Duplicate.ofApplicant(row.getId(), field, ours));
        }
    }

    @Override
    public List<Registration> findActivationExpired(Instant now) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.ACTIVATED_AT.isNull().and(REGISTRATION.REGISTERED_AT.le(windowStart(now))))
                .orderBy(REGISTRATION.REGISTERED_AT, REGISTRATION.ID)
                .fetch(RegistrationRows::toRegistration);
    }

    /** The history goes with it (ON DELETE CASCADE): it holds personal data too. */
    @Override
    public boolean delete(long registrationId) {
        var gone = dsl.deleteFrom(REGISTRATION).where(REGISTRATION.ID.eq(registrationId))
                .returning(REGISTRATION.TYPE, REGISTRATION.STATE).fetchOne();
        if (gone == null) {
            return false;
        }
        counted(gone.getType(), gone.getState(), -1);
        return true;
    }
}

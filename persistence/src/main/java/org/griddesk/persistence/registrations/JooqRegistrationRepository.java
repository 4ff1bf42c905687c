package org.griddesk.persistence.registrations;

import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.REGISTRATION;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.DuplicateKeys;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationRepository;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.ApplicantRecord;
import org.griddesk.persistence.schema.tables.records.RegistrationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class JooqRegistrationRepository implements RegistrationRepository {
    private final DSLContext dsl;

    public JooqRegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long create(NewRegistration registration) {
        return dsl.insertInto(REGISTRATION)
                .set(RegistrationRows.toRecord(registration))
                .returning(REGISTRATION.ID)
                .fetchSingle(REGISTRATION.ID);
    }

    @Override
    public Optional<Registration> findById(long id) {
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).fetchOptional()
                .map(RegistrationRows::toRegistration);
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

    @Override
    public long count(RegistrationQuery query, Instant now) {
        return dsl.fetchCount(REGISTRATION, filter(query, now));
    }

    private static Condition filter(RegistrationQuery query, Instant now) {
        List<Condition> conditions = new ArrayList<>();
        if (query.type() != null) {
            conditions.add(REGISTRATION.TYPE.eq(query.type().name()));
        }
        if (query.state() != null) {
            conditions.add(REGISTRATION.STATE.eq(query.state().name()));
        }
        if (query.text() != null) {
            String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
            conditions.add(REGISTRATION.SEARCH_TEXT.like(pattern, '!'));
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

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public boolean updateReview(Registration reviewed, long expectedVersion) {
        return dsl.update(REGISTRATION)
                .set(REGISTRATION.STATE, reviewed.state().name())
                .set(REGISTRATION.STATE_REASON, reviewed.stateReason())
                .set(REGISTRATION.BLOCKED_FROM, reviewed.blockedFrom() == null ? null : reviewed.blockedFrom().name())
                .set(REGISTRATION.VERIFIED_FIELDS, RegistrationRows.fieldsToColumn(reviewed.verifiedFields()))
                .set(REGISTRATION.APPLICANT_ID, reviewed.applicantId())
                .set(REGISTRATION.VERSION, REGISTRATION.VERSION.plus(1))
                .where(REGISTRATION.ID.eq(reviewed.id()).and(REGISTRATION.VERSION.eq(expectedVersion)))
                .execute() == 1;
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

    @Override
    public List<Duplicate> findSharing(long exceptRegistrationId, DuplicateKeys keys) {
        List<Duplicate> hits = new ArrayList<>();
        Condition sharesRegistration = DSL.or(
                equalsKey(REGISTRATION.PHONE_KEY, keys.phone()),
                equalsKey(REGISTRATION.EMAIL_KEY, keys.email()).and(REGISTRATION.EMAIL_CONFIRMED_AT.isNotNull()),
                equalsKey(REGISTRATION.SNILS_KEY, keys.snils()),
                equalsKey(REGISTRATION.INN_KEY, keys.inn()),
                equalsKey(REGISTRATION.OGRN_KEY, keys.ogrn()),
                equalsKey(REGISTRATION.OGRNIP_KEY, keys.ogrnip()));
        for (RegistrationRecord row : dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.ID.ne(exceptRegistrationId).and(sharesRegistration))
                .orderBy(REGISTRATION.ID).fetch()) {
            String confirmedEmail = row.getEmailConfirmedAt() == null ? null : row.getEmailKey();
            addRegistrationHit(hits, row, RegistrationField.PHONE, keys.phone(), row.getPhoneKey());
            addRegistrationHit(hits, row, RegistrationField.EMAIL, keys.email(), confirmedEmail);
            addRegistrationHit(hits, row, RegistrationField.SNILS, keys.snils(), row.getSnilsKey());
            addRegistrationHit(hits, row, RegistrationField.INN, keys.inn(), row.getInnKey());
            addRegistrationHit(hits, row, RegistrationField.OGRN, keys.ogrn(), row.getOgrnKey());
            addRegistrationHit(hits, row, RegistrationField.OGRNIP, keys.ogrnip(), row.getOgrnipKey());
        }
        Condition sharesApplicant = DSL.or(
                equalsKey(APPLICANT.PHONE, keys.phone()),
                keys.email() == null ? DSL.falseCondition() : DSL.lower(APPLICANT.EMAIL).eq(keys.email()),
                equalsKey(APPLICANT.SNILS, keys.snils()),
                equalsKey(APPLICANT.INN, keys.inn()),
                equalsKey(APPLICANT.OGRN, keys.ogrn()),
                equalsKey(APPLICANT.OGRNIP, keys.ogrnip()));
        for (ApplicantRecord row : dsl.selectFrom(APPLICANT).where(sharesApplicant).orderBy(APPLICANT.ID).fetch()) {
            String email = row.getEmail() == null ? null : row.getEmail().toLowerCase(Locale.ROOT);
            addApplicantHit(hits, row, RegistrationField.PHONE, keys.phone(), row.getPhone());
            addApplicantHit(hits, row, RegistrationField.EMAIL, keys.email(), email);
            addApplicantHit(hits, row, RegistrationField.SNILS, keys.snils(), row.getSnils());
            addApplicantHit(hits, row, RegistrationField.INN, keys.inn(), row.getInn());
            addApplicantHit(hits, row, RegistrationField.OGRN, keys.ogrn(), row.getOgrn());
            addApplicantHit(hits, row, RegistrationField.OGRNIP, keys.ogrnip(), row.getOgrnip());
        }
        return hits;
    }

    private static Condition equalsKey(org.jooq.Field<String> column, String key) {
        return key == null ? DSL.falseCondition() : column.eq(key);
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
        return dsl.deleteFrom(REGISTRATION).where(REGISTRATION.ID.eq(registrationId)).execute() == 1;
    }
}

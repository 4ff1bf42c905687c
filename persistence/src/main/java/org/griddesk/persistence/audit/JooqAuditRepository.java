package org.griddesk.persistence.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.griddesk.core.audit.AuditHead;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.audit.AuditRepository;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.AuditRecordRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.AUDIT_HEAD;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;

public final class JooqAuditRepository implements AuditRepository {
    private final DSLContext dsl;
    private final ZoneId zone;

    public JooqAuditRepository(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    @Override
    public AuditHead lockHead() {
        return dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate()
                .fetchSingle(row -> new AuditHead(row.getSeq(), row.getHash()));
    }

    @Override
    public AuditHead head() {
        return dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1))
                .fetchSingle(row -> new AuditHead(row.getSeq(), row.getHash()));
    }

    /** PostgreSQL's clock_timestamp() is the moment itself, not the transaction's start; H2 has one clock. */
    @Override
    public Instant serverTime() {
        org.jooq.Field<java.time.OffsetDateTime> now = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES
                ? org.jooq.impl.DSL.field("clock_timestamp()", java.time.OffsetDateTime.class)
                : org.jooq.impl.DSL.currentOffsetDateTime();
        return dsl.select(now).fetchSingle(0, java.time.OffsetDateTime.class).toInstant();
    }

    @Override
    public void append(AuditRecord record) {
        AuditRecordRecord row = new AuditRecordRecord();
        row.setSeq(record.seq());
        row.setAt(Timestamps.toColumn(record.at()));
        row.setActor(record.actor());
        row.setAction(record.action());
        row.setSubject(record.subject());
        row.setBeforeValue(record.before());
        row.setAfterValue(record.after());
        row.setPreviousHash(record.previousHash());
        row.setHash(record.hash());
        dsl.insertInto(AUDIT_RECORD).set(row).execute();
        dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, record.seq()).set(AUDIT_HEAD.HASH, record.hash())
                .where(AUDIT_HEAD.ID.eq(1)).execute();
    }

    @Override
    public List<AuditRecord> chain(long fromSeq, int limit) {
        return dsl.selectFrom(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.ge(fromSeq)).orderBy(AUDIT_RECORD.SEQ).limit(limit)
                .fetch(JooqAuditRepository::toRecord);
    }

    @Override
    public List<AuditRecord> find(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add(AUDIT_RECORD.AT.ge(startOf(query.from())));
        }
        if (query.to() != null) {
            conditions.add(AUDIT_RECORD.AT.lt(startOf(query.to().plusDays(1))));
        }
        if (query.actor() != null) {
            conditions.add(DSL.lower(AUDIT_RECORD.ACTOR).contains(query.actor().toLowerCase(Locale.ROOT)));
        }
        if (query.text() != null) {
            String text = query.text().toLowerCase(Locale.ROOT);
            conditions.add(DSL.or(DSL.lower(AUDIT_RECORD.ACTION).contains(text), DSL.lower(AUDIT_RECORD.SUBJECT).contains(text),
                    DSL.lower(AUDIT_RECORD.BEFORE_VALUE).contains(text), DSL.lower(AUDIT_RECORD.AFTER_VALUE).contains(text),
                    DSL.lower(AUDIT_RECORD.ACTOR).contains(text)));
        }
        return dsl.selectFrom(AUDIT_RECORD).where(DSL.and(conditions)).orderBy(AUDIT_RECORD.SEQ.desc())
                .limit(query.limit()).fetch(JooqAuditRepository::toRecord);
    }

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return Timestamps.toColumn(day.atStartOfDay(zone).toInstant());
    }

    private static AuditRecord toRecord(AuditRecordRecord row) {
        return new AuditRecord(row.getSeq(), Timestamps.fromColumn(row.getAt()), row.getActor(), row.getAction(),
                row.getSubject(), row.getBeforeValue(), row.getAfterValue(), row.getPreviousHash(), row.getHash());
    }
}

package org.griddesk.persistence.audit;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.audit.AuditHead;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.audit.AuditRepository;
import org.griddesk.core.audit.UnsealedRecord;
import org.griddesk.core.common.SearchText;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.AuditRecordRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.AUDIT_HEAD;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.AUDIT_UNSEALED;

public final class JooqAuditRepository implements AuditRepository {
    private final DSLContext dsl;
    private final ZoneId zone;

    public JooqAuditRepository(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    /** PostgreSQL's clock_timestamp() is the moment itself, not the transaction's start; H2 has one clock. */
    @Override
    public void appendUnsealed(String actor, String action, String subject, String before, String after) {
        Field<OffsetDateTime> now = dsl.dialect().family() == SQLDialect.POSTGRES
                ? DSL.field("clock_timestamp()", OffsetDateTime.class) : DSL.currentOffsetDateTime();
        dsl.insertInto(AUDIT_UNSEALED)
                .set(AUDIT_UNSEALED.AT, now)
                .set(AUDIT_UNSEALED.ACTOR, actor)
                .set(AUDIT_UNSEALED.ACTION, action)
                .set(AUDIT_UNSEALED.SUBJECT, subject)
                .set(AUDIT_UNSEALED.BEFORE_VALUE, before)
                .set(AUDIT_UNSEALED.AFTER_VALUE, after)
                .execute();
    }

    @Override
    public List<UnsealedRecord> unsealed(int limit) {
        return dsl.selectFrom(AUDIT_UNSEALED).orderBy(AUDIT_UNSEALED.ID).limit(limit)
                .fetch(row -> new UnsealedRecord(row.getId(), Timestamps.fromColumn(row.getAt()), row.getActor(),
                        row.getAction(), row.getSubject(), row.getBeforeValue(), row.getAfterValue()));
    }

    @Override
    public long unsealedCount() {
        return dsl.fetchCount(AUDIT_UNSEALED);
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

    @Override
    public void seal(List<AuditRecord> chained, List<Long> unsealedIds) {
        List<AuditRecordRecord> rows = chained.stream().map(JooqAuditRepository::toRow).toList();
        dsl.batchInsert(rows).execute();
        dsl.deleteFrom(AUDIT_UNSEALED).where(AUDIT_UNSEALED.ID.in(unsealedIds)).execute();
        AuditRecord last = chained.getLast();
        dsl.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, last.seq()).set(AUDIT_HEAD.HASH, last.hash())
                .where(AUDIT_HEAD.ID.eq(1)).execute();
    }

    private static AuditRecordRecord toRow(AuditRecord record) {
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
        return row;
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
        for (String word : SearchText.words(query.actor())) {
            conditions.add(normalised(AUDIT_RECORD.ACTOR).contains(word));
        }
        for (String word : SearchText.words(query.text())) {
            conditions.add(DSL.or(normalised(AUDIT_RECORD.ACTION).contains(word),
                    normalised(AUDIT_RECORD.SUBJECT).contains(word), normalised(AUDIT_RECORD.BEFORE_VALUE).contains(word),
                    normalised(AUDIT_RECORD.AFTER_VALUE).contains(word), normalised(AUDIT_RECORD.ACTOR).contains(word)));
        }
        return dsl.selectFrom(AUDIT_RECORD).where(DSL.and(conditions)).orderBy(AUDIT_RECORD.SEQ.desc())
                .limit(query.limit()).fetch(JooqAuditRepository::toRecord);
    }

    /** The column as {@link SearchText#normalize} writes it. */
    private static org.jooq.Field<String> normalised(org.jooq.Field<String> column) {
        return DSL.replace(DSL.lower(column), "ё", "е");
    }

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return Timestamps.toColumn(day.atStartOfDay(zone).toInstant());
    }

    private static AuditRecord toRecord(AuditRecordRecord row) {
        return new AuditRecord(row.getSeq(), Timestamps.fromColumn(row.getAt()), row.getActor(), row.getAction(),
                row.getSubject(), row.getBeforeValue(), row.getAfterValue(), row.getPreviousHash(), row.getHash());
    }
}

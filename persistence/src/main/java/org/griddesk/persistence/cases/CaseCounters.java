package org.griddesk.persistence.cases;

import java.util.List;
import java.util.stream.Stream;
import org.griddesk.core.cases.StatusCount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_COUNT;

/**
 * The kept per-kind, per-status case counters (table case_count): changed in the transaction that changes a case,
 * so the queue's counters never recount a million rows. A pair's count is spread over {@link #SHARDS} rows by case
 * id; rows are always touched in status order, so two transactions never wait for each other in a circle.
 */
public final class CaseCounters {
    static final int SHARDS = 64;

    private final DSLContext dsl;

    public CaseCounters(DSLContext dsl) {
        this.dsl = dsl;
    }

    void added(long caseId, String kind, String status) {
        add(caseId, kind, status, 1);
    }

    /** One statement for both rows, in status order. */
    void moved(long caseId, String kind, String from, String to) {
        if (from.equals(to)) {
            return;
        }
        int shard = (int) (caseId % SHARDS);
        var rows = dsl.insertInto(CASE_COUNT, CASE_COUNT.KIND, CASE_COUNT.STATUS, CASE_COUNT.SHARD, CASE_COUNT.CASES);
        for (String status : Stream.of(from, to).sorted().toList()) {
            rows = rows.values(kind, status, shard, status.equals(to) ? 1L : -1L);
        }
        rows.onDuplicateKeyUpdate().set(CASE_COUNT.CASES, CASE_COUNT.CASES.plus(DSL.excluded(CASE_COUNT.CASES))).execute();
    }

    /** Counts the cases of these statuses again from the cases themselves (a status renamed in the dictionary). */
    public void recount(String... statuses) {
        List<String> sorted = Stream.of(statuses).distinct().sorted().toList();
        dsl.deleteFrom(CASE_COUNT).where(CASE_COUNT.STATUS.in(sorted)).execute();
        dsl.insertInto(CASE_COUNT, CASE_COUNT.KIND, CASE_COUNT.STATUS, CASE_COUNT.SHARD, CASE_COUNT.CASES)
                .select(DSL.select(APPEAL.KIND, APPEAL.STATUS, DSL.inline(0), DSL.count().cast(Long.class))
                        .from(APPEAL).where(APPEAL.STATUS.in(sorted)).groupBy(APPEAL.KIND, APPEAL.STATUS))
                .execute();
    }

    /** Statuses with at least one case of the kind (null: any kind), in name order. */
    List<StatusCount> byStatus(Condition kind) {
        Field<java.math.BigDecimal> cases = DSL.sum(CASE_COUNT.CASES);
        return dsl.select(CASE_COUNT.STATUS, cases)
                .from(CASE_COUNT)
                .where(kind)
                .groupBy(CASE_COUNT.STATUS)
                .having(cases.gt(java.math.BigDecimal.ZERO))
                .orderBy(CASE_COUNT.STATUS)
                .fetch(row -> new StatusCount(row.value1(), row.value2().longValue()));
    }

    private void add(long caseId, String kind, String status, int delta) {
        dsl.insertInto(CASE_COUNT, CASE_COUNT.KIND, CASE_COUNT.STATUS, CASE_COUNT.SHARD, CASE_COUNT.CASES)
                .values(kind, status, (int) (caseId % SHARDS), (long) delta)
                .onDuplicateKeyUpdate()
                .set(CASE_COUNT.CASES, CASE_COUNT.CASES.plus(delta))
                .execute();
    }
}

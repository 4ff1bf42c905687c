package org.griddesk.persistence.settings;

import java.time.Instant;
import java.util.List;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.core.settings.DictionaryRepository;
import org.griddesk.persistence.cases.CaseCounters;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.griddesk.persistence.database.Violations;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Tables.CASE_STATUS;
import static org.griddesk.persistence.schema.Tables.CONTRACT_STAGE;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_FORMAT;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_NAME;
import static org.griddesk.persistence.schema.Tables.NUMBER_SYMBOL;

/** case_status, document_name, document_format, number_symbol and contract_stage share one shape (name, position, active); only the table differs. */
public final class JooqDictionaries implements DictionaryRepository {
    private record Columns(Table<? extends Record> table, Field<String> name, Field<Integer> position,
                           Field<Boolean> active) {
    }

    private static final Columns STATUSES = new Columns(CASE_STATUS, CASE_STATUS.NAME, CASE_STATUS.POSITION, CASE_STATUS.ACTIVE);
    private static final Columns DOCUMENTS = new Columns(DOCUMENT_NAME, DOCUMENT_NAME.NAME, DOCUMENT_NAME.POSITION,
            DOCUMENT_NAME.ACTIVE);

    private static final Columns FORMATS = new Columns(DOCUMENT_FORMAT, DOCUMENT_FORMAT.NAME, DOCUMENT_FORMAT.POSITION,
            DOCUMENT_FORMAT.ACTIVE);

    private static final Columns SYMBOLS = new Columns(NUMBER_SYMBOL, NUMBER_SYMBOL.NAME, NUMBER_SYMBOL.POSITION,
            NUMBER_SYMBOL.ACTIVE);

    private static final Columns STAGES = new Columns(CONTRACT_STAGE, CONTRACT_STAGE.NAME, CONTRACT_STAGE.POSITION,
            CONTRACT_STAGE.ACTIVE);

    private final DSLContext dsl;

    public JooqDictionaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DictionaryEntry> entries(Dictionary dictionary) {
        Columns c = columns(dictionary);
        return dsl.select(c.name(), c.position(), c.active()).from(c.table())
                .orderBy(c.position(), c.name())
                .fetch(row -> new DictionaryEntry(row.value1(), row.value2(), row.value3()));
    }

    @Override
    public boolean add(Dictionary dictionary, String name) {
        Columns c = columns(dictionary);
        Integer last = dsl.select(DSL.max(c.position())).from(c.table()).fetchOne(0, Integer.class);
        try {
            dsl.insertInto(c.table()).columns(c.name(), c.position(), c.active())
                    .values(name, last == null ? 1 : last + 1, true).execute();
            return true;
        } catch (IntegrityConstraintViolationException taken) {
            if (Violations.unique(taken, c.table().getName())) {
                return false;
            }
            throw taken;
        }
    }

    @Override
    public boolean rename(Dictionary dictionary, DictionaryEntry seen, String newName) {
        Columns c = columns(dictionary);
        try {
            return dsl.update(c.table()).set(c.name(), newName).where(same(c, seen)).execute() == 1;
        } catch (IntegrityConstraintViolationException taken) {
            if (Violations.unique(taken, c.table().getName())) {
                return false;
            }
            throw taken;
        }
    }

    @Override
    public boolean setActive(Dictionary dictionary, DictionaryEntry seen, boolean active) {
        Columns c = columns(dictionary);
        return dsl.update(c.table()).set(c.active(), active).where(same(c, seen)).execute() == 1;
    }

    @Override
    public void reorder(Dictionary dictionary, List<String> names) {
        Columns c = columns(dictionary);
        for (int i = 0; i < names.size(); i++) {
            dsl.update(c.table()).set(c.position(), i + 1).where(c.name().eq(names.get(i))).execute();
        }
    }

    @Override
    public List<StatusCount> freeTextStatuses() {
        Field<Integer> cases = DSL.count().as("cases");
        return dsl.select(APPEAL.STATUS, cases).from(APPEAL)
                .where(APPEAL.STATUS.notIn(DSL.select(CASE_STATUS.NAME).from(CASE_STATUS)))
                .groupBy(APPEAL.STATUS)
                .orderBy(cases.desc(), APPEAL.STATUS)
                .fetch(row -> new StatusCount(row.value1(), row.value2()));
    }

    @Override
    public int renameStatusOnCases(String from, String to, String operatorName, Instant at) {
        // History first: it selects the cases by their old status.
        dsl.insertInto(CASE_HISTORY, CASE_HISTORY.APPEAL_ID, CASE_HISTORY.CHANGED_AT, CASE_HISTORY.OPERATOR_NAME,
                        CASE_HISTORY.WHAT, CASE_HISTORY.BEFORE_VALUE, CASE_HISTORY.AFTER_VALUE)
                .select(DSL.select(APPEAL.ID, DSL.val(Timestamps.toColumn(at)), DSL.val(operatorName),
                                DSL.val("Текущий статус (переименован в справочнике)"), DSL.val(from), DSL.val(to))
                        .from(APPEAL).where(APPEAL.STATUS.eq(from)))
                .execute();
        int renamed = dsl.update(APPEAL)
                .set(APPEAL.STATUS, to)
                .set(APPEAL.VERSION, APPEAL.VERSION.plus(1))
                .set(APPEAL.UPDATED_AT, Timestamps.toColumn(at))
                .where(APPEAL.STATUS.eq(from))
                .execute();
        new CaseCounters(dsl).recount(from, to);
        return renamed;
    }

    private static org.jooq.Condition same(Columns c, DictionaryEntry seen) {
        return c.name().eq(seen.name()).and(c.active().eq(seen.active()));
    }

    private static Columns columns(Dictionary dictionary) {
        return switch (dictionary) {
            case CASE_STATUSES -> STATUSES;
            case DOCUMENT_NAMES -> DOCUMENTS;
            case DOCUMENT_FORMATS -> FORMATS;
            case NUMBER_SYMBOLS -> SYMBOLS;
            case CONTRACT_STAGES -> STAGES;
        };
    }
}

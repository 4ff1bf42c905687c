package org.griddesk.persistence.cases;

import java.util.List;
import org.griddesk.core.cases.StatusDictionary;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.CASE_STATUS;

public final class JooqStatusDictionary implements StatusDictionary {
    private final DSLContext dsl;

    public JooqStatusDictionary(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> activeStatuses() {
        return dsl.select(CASE_STATUS.NAME).from(CASE_STATUS)
                .where(CASE_STATUS.ACTIVE.isTrue())
                .orderBy(CASE_STATUS.POSITION, CASE_STATUS.NAME)
                .fetch(CASE_STATUS.NAME);
    }
}

package org.griddesk.persistence.database;

import java.util.function.Supplier;
import org.griddesk.core.common.Transactions;
import org.jooq.DSLContext;

/** One jOOQ transaction per call; a call inside another joins it through a savepoint. */
public final class JooqTransactions implements Transactions {
    private final DSLContext dsl;

    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}

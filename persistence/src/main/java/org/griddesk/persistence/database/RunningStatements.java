package org.griddesk.persistence.database;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which statement each thread has in the database right now (a jOOQ listener on every query), so that a query the
 * operator has superseded — a search typed further — is stopped in the database, not only ignored when it ends.
 */
public final class RunningStatements implements ExecuteListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunningStatements.class);

    private final Map<Thread, Statement> running = new ConcurrentHashMap<>();

    @Override
    public void executeStart(ExecuteContext context) {
        if (context.statement() != null) {
            running.put(Thread.currentThread(), context.statement());
        }
    }

    @Override
    public void executeEnd(ExecuteContext context) {
        running.remove(Thread.currentThread());
    }

    @Override
    public void exception(ExecuteContext context) {
        running.remove(Thread.currentThread());
    }

    /** The statement {@code thread} is executing at this moment, if any. */
    public Optional<Statement> runningOn(Thread thread) {
        return Optional.ofNullable(running.get(thread));
    }

    /**
     * Asks the database to stop the statement. Harmless when it has finished meanwhile: the PostgreSQL driver cancels
     * only a statement still in progress, and H2 only flags that statement.
     */
    public static void cancel(Statement statement) {
        try {
            statement.cancel();
            LOG.debug("Cancelled a superseded statement");
        } catch (SQLException e) {
            LOG.debug("Statement could not be cancelled (finished meanwhile?): {}", e.toString());
        }
    }
}

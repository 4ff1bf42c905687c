package org.griddesk.persistence.database;

import java.util.Locale;
import org.jooq.exception.DataAccessException;

/**
 * Which constraint a failed statement broke: the SQLState's exact code (23505 unique, 23503 foreign key) and the
 * constraint or column the database names — a NOT NULL or a CHECK violation is never taken for "number taken".
 * H2 and PostgreSQL both put the name into the message.
 */
public final class Violations {
    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";

    private Violations() {
    }

    /** A duplicate key on the constraint, index or column {@code name}. */
    public static boolean unique(DataAccessException e, String name) {
        return UNIQUE.equals(e.sqlState()) && names(e, name);
    }

    /** A row still referenced through the constraint, table or column {@code name}. */
    public static boolean referenced(DataAccessException e, String name) {
        return FOREIGN_KEY.equals(e.sqlState()) && names(e, name);
    }

    private static boolean names(Throwable e, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}

package org.griddesk.persistence.database;

import org.griddesk.core.common.DomainException;

/** The embedded database is open in a running GridDesk (or another program), so its files must not be replaced. */
public final class DatabaseInUseException extends DomainException {
    public DatabaseInUseException(String file) {
        super("База данных " + file + " сейчас открыта: работает GridDesk или другая программа. "
                + "Закройте GridDesk на этом компьютере и повторите восстановление.");
    }
}

package org.griddesk.persistence.changes;

import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.persistence.database.Database;

/** Notifications where the database has them, polling elsewhere. */
public final class ChangeFeeds {
    private ChangeFeeds() {
    }

    public static ChangeFeed forDatabase(Database database) {
        return database.settings().isPostgres()
                ? new PostgresChangeFeed(database.settings())
                : new PollingChangeFeed(database.dsl());
    }
}

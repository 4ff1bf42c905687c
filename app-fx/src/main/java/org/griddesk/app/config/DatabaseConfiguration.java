package org.griddesk.app.config;

import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.common.Transactions;
import org.griddesk.persistence.changes.ChangeFeeds;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared (or embedded) database, its transactions and the feed of other workstations' changes. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    @Bean(destroyMethod = "close")
    Database database(GridDeskSettings settings) {
        return Database.open(settings.database());
    }

    @Bean
    DSLContext dsl(Database database) {
        return database.dsl();
    }

    @Bean
    Transactions transactions(DSLContext dsl) {
        return new JooqTransactions(dsl);
    }

    @Bean
    ChangeFeed changeFeed(Database database) {
        return ChangeFeeds.forDatabase(database);
    }
}

package org.griddesk.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.jooq.tools.jdbc.JDBCUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.griddesk.persistence.schema.Tables.OPERATOR;

/** The shared database: a connection pool, migrated by Flyway on open, used through jOOQ. */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final DatabaseSettings settings;
    private final RunningStatements statements;

    private Database(HikariDataSource dataSource, DSLContext dsl, DatabaseSettings settings, RunningStatements statements) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.settings = settings;
        this.statements = statements;
    }

    /** A workstation's pool: one operator's screens and background work need a few connections at most. */
    public static final int WORKSTATION_CONNECTIONS = 8;

    /** Opens the pool and brings the schema up to date; fails fast when the database cannot be reached. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, WORKSTATION_CONNECTIONS);
    }

    /** As {@link #open(DatabaseSettings)}, with room for {@code connections} at once (a load test's many clerks). */
    public static Database open(DatabaseSettings settings, int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(connections);
        config.setPoolName("griddesk");
        // Fail within seconds when the shared database is gone: the window says so and retries, rather than hang.
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        if (settings.isPostgres()) {
            // The driver turns a statement run often into a generic plan, which guesses OFFSET and the filters
            // blind (a page walked the whole index); planned with the values, every query keeps its best plan.
            config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource, settings);
            SQLDialect dialect = JDBCUtils.dialect(settings.jdbcUrl());
            // Thread-bound transactions: repositories share one DSLContext and join the caller's transaction.
            DefaultConfiguration configuration = new DefaultConfiguration();
            configuration.set(dialect);
            // Statements are not logged one by one (jOOQ's listener for it costs on every query of a busy queue).
            configuration.set(new Settings().withExecuteLogging(false));
            configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
            RunningStatements statements = new RunningStatements();
            configuration.set(new DefaultExecuteListenerProvider(statements));
            LOG.info("Database ready: {} ({})", settings.describe(), dialect);
            return new Database(dataSource, DSL.using(configuration), settings, statements);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The shared, portable migrations, plus each database's own (PostgreSQL: change notifications, trigram indexes;
     * H2: plain indexes) kept apart so that jOOQ's code generator, which reads db/migration only, never sees them.
     */
    private static void migrate(DataSource dataSource, DatabaseSettings settings) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        locations.add(settings.isPostgres() ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2");
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
        MigrationInfoService info = flyway.info();
        refuseNewerSchema(info);
        MigrationInfo current = info.current();
        if (current != null && info.pending().length > 0 && settings.embeddedFile().isPresent()) {
            backUpBeforeMigrating(dataSource, settings, current);
        }
        flyway.migrate();
    }

    /** An older build would run on tables it does not know and could spoil them: it stops before touching anything. */
    private static void refuseNewerSchema(MigrationInfoService info) {
        Optional<MigrationVersion> databaseVersion = newest(info, state -> state == MigrationState.FUTURE_SUCCESS);
        if (databaseVersion.isPresent()) {
            String known = newest(info, MigrationState::isResolved).map(MigrationVersion::getVersion).orElse("0");
            throw new SchemaTooNewException(databaseVersion.get().getVersion(), known);
        }
    }

    private static Optional<MigrationVersion> newest(MigrationInfoService info, Predicate<MigrationState> state) {
        return Arrays.stream(info.all()).filter(migration -> migration.isVersioned() && state.test(migration.getState()))
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
    }

    /** A workstation's own database has no DBA taking dumps: a failed migration must leave a way back. */
    private static void backUpBeforeMigrating(DataSource dataSource, DatabaseSettings settings, MigrationInfo current) {
        String version = current.getVersion() == null ? "0" : current.getVersion().getVersion();
        try {
            Path zip = new EmbeddedBackups(settings).backupBeforeMigration(dataSource, version);
            LOG.info("Database at schema version {} backed up to {} before migrating it", version, zip);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot back up " + settings.describe() + " before migrating it", e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public RunningStatements statements() {
        return statements;
    }

    /** Whether the database answers right now; used by the workstation's connection banner. */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A database nobody has used yet: no operator accounts at all. */
    public boolean isEmpty() {
        return dsl.fetchCount(OPERATOR) == 0;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

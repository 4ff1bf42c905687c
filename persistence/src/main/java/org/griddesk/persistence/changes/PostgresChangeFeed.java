package org.griddesk.persistence.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.persistence.database.DatabaseSettings;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTENs for the notifications the vendor migration's triggers send. The connection is its own, outside the
 * pool: a pooled connection would be handed to other work and would stop listening when the pool recycles it.
 */
public final class PostgresChangeFeed implements ChangeFeed {
    static final String CHANNEL = "griddesk_case_changed";
    /** Lets an administrator (and the tests) tell the listening backend from the pool's. */
    static final String APPLICATION_NAME = "GridDesk change feed";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int WAIT_MILLIS = 500;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(15);
    /** A silently dropped network link shows no error while merely waiting; a probe now and then reveals it. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);
    /** Case times come from the workstations' clocks; the catch-up after an outage looks back this much further. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final DatabaseSettings settings;

    public PostgresChangeFeed(DatabaseSettings settings) {
        if (!settings.isPostgres()) {
            throw new IllegalArgumentException("Not a PostgreSQL database: " + settings.describe());
        }
        this.settings = settings;
    }

    /** Listens before returning, so that a change made right after this call is reported. */
    @Override
    public AutoCloseable start(Consumer<Long> changedCaseIds) {
        Listener listener = new Listener(changedCaseIds);
        listener.connection = listener.connectOrNull();
        Thread thread = Thread.ofPlatform().daemon().name("griddesk-changes-" + THREADS.incrementAndGet())
                .start(listener::run);
        return () -> {
            listener.stop();
            thread.join(Duration.ofSeconds(5));
        };
    }

    private final class Listener {
        private final Consumer<Long> consumer;
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile boolean running = true;
        private Connection connection;
        /** The last moment the feed was surely listening; changes since then are fetched after a reconnect. */
        private Instant listeningAt = Instant.now();

        private Listener(Consumer<Long> consumer) {
            this.consumer = consumer;
        }

        private void run() {
            Duration retry = FIRST_RETRY;
            while (running) {
                if (connection == null) {
                    if (!pause(retry)) {
                        break;
                    }
                    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
                    connection = connectOrNull();
                    if (connection == null) {
                        continue;
                    }
                    LOG.info("Change feed reconnected to {}", settings.describe());
                    catchUp();
                }
                retry = FIRST_RETRY;
                try {
                    listen();
                } catch (SQLException e) {
                    if (running) {
                        LOG.warn("Change feed lost its connection to {}; reconnecting: {}", settings.describe(),
                                e.getMessage());
                    }
                }
                closeQuietly();
            }
            closeQuietly();
        }

        private void listen() throws SQLException {
            PGConnection notifications = connection.unwrap(PGConnection.class);
            Instant probeAt = Instant.now().plus(PROBE_EVERY);
            while (running) {
                PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                if (Instant.now().isAfter(probeAt)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SELECT 1");
                    }
                    probeAt = Instant.now().plus(PROBE_EVERY);
                }
                listeningAt = Instant.now();
                if (received != null) {
                    deliver(idsOf(received));
                }
            }
        }

        /** Cases changed while the feed was away, by their "last change" time. */
        private void catchUp() {
            Set<Long> ids = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM appeal WHERE updated_at > ?")) {
                query.setObject(1, listeningAt.minus(CLOCK_MARGIN).atOffset(ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                LOG.warn("Change feed could not fetch the changes it missed: {}", e.getMessage());
            }
            deliver(ids);
        }

        private void deliver(Set<Long> ids) {
            for (Long id : ids) {
                try {
                    consumer.accept(id);
                } catch (RuntimeException e) {
                    LOG.warn("Change feed consumer failed for case {}", id, e);
                }
            }
        }

        private Connection connectOrNull() {
            Properties properties = new Properties();
            properties.setProperty("user", settings.user());
            properties.setProperty("password", settings.password());
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("tcpKeepAlive", "true");
            try {
                Connection opened = DriverManager.getConnection(settings.jdbcUrl(), properties);
                try (Statement statement = opened.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                } catch (SQLException e) {
                    opened.close();
                    throw e;
                }
                return opened;
            } catch (SQLException e) {
                LOG.warn("Change feed cannot connect to {}: {}", settings.describe(), e.getMessage());
                return null;
            }
        }

        private void stop() {
            running = false;
            stopped.countDown();
        }

        /** Waits before the next attempt; false when the feed was closed meanwhile. */
        private boolean pause(Duration duration) {
            try {
                return !stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void closeQuietly() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Already broken; the server drops the LISTEN with the session.
                }
                connection = null;
            }
        }
    }

    /** One case touched by several rows of a transaction still arrives once per poll. */
    static Set<Long> idsOf(PGNotification[] received) {
        Set<Long> ids = new LinkedHashSet<>();
        for (PGNotification notification : received) {
            if (CHANNEL.equals(notification.getName())) {
                try {
                    ids.add(Long.parseLong(notification.getParameter().trim()));
                } catch (NumberFormatException e) {
                    LOG.warn("Change feed ignored a notification without a case id: {}", notification.getParameter());
                }
            }
        }
        return ids;
    }
}

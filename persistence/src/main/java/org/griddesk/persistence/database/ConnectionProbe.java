package org.griddesk.persistence.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.griddesk.core.connection.ConnectionCheck;
import org.griddesk.core.connection.ConnectionOutcome;
import org.griddesk.core.connection.ConnectionOutcome.Kind;
import org.griddesk.core.connection.ConnectionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens one plain JDBC connection to a PostgreSQL server and says how it went; nothing is migrated or changed. */
public final class ConnectionProbe implements ConnectionCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionProbe.class);
    private static final String SECONDS = "5";

    private final int oldestSupportedMajor;

    public ConnectionProbe() {
        this(ConnectionOutcome.OLDEST_SUPPORTED_POSTGRES);
    }

    /** {@code oldestSupportedMajor} other than GridDesk's own lets a test call a current server too old. */
    public ConnectionProbe(int oldestSupportedMajor) {
        this.oldestSupportedMajor = oldestSupportedMajor;
    }

    /** The URL a workstation's settings name the server with; the driver decodes the database name. */
    public static String jdbcUrl(ConnectionTarget target) {
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        return "jdbc:postgresql://" + host + ":" + target.port() + "/"
                + URLEncoder.encode(target.database(), StandardCharsets.UTF_8);
    }

    @Override
    public ConnectionOutcome check(ConnectionTarget target) {
        Properties properties = new Properties();
        properties.setProperty("user", target.user());
        properties.setProperty("password", target.password());
        // An administrator waits for the answer: a silent server must not hold the dialog for minutes.
        properties.setProperty("connectTimeout", SECONDS);
        properties.setProperty("loginTimeout", SECONDS);
        properties.setProperty("socketTimeout", SECONDS);
        try (Connection connection = DriverManager.getConnection(jdbcUrl(target), properties)) {
            DatabaseMetaData server = connection.getMetaData();
            String version = server.getDatabaseProductVersion();
            boolean supported = server.getDatabaseMajorVersion() >= oldestSupportedMajor;
            LOG.info("Connection check of {}: PostgreSQL {}{}", target, version, supported ? "" : " (too old)");
            return new ConnectionOutcome(supported ? Kind.CONNECTED : Kind.SERVER_TOO_OLD, version, "");
        } catch (SQLException e) {
            Kind kind = classify(e);
            LOG.info("Connection check of {} failed ({}, SQLSTATE {}): {}", target, kind, e.getSQLState(), e.toString());
            return new ConnectionOutcome(kind, "", kind == Kind.FAILED ? String.valueOf(e.getMessage()) : "");
        }
    }

    private static Kind classify(SQLException failure) {
        String state = String.valueOf(failure.getSQLState());
        if (state.equals("28P01")) {
            return Kind.WRONG_PASSWORD;
        }
        if (state.equals("28000")) {
            return Kind.LOGIN_REFUSED;
        }
        if (state.equals("3D000")) {
            return Kind.NO_DATABASE;
        }
        // The driver wraps the network's failure; its class says what happened.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Kind.UNKNOWN_HOST;
            }
            if (cause instanceof ConnectException) {
                return Kind.REFUSED;
            }
            if (cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
                return Kind.TIMED_OUT;
            }
        }
        return Kind.FAILED;
    }
}

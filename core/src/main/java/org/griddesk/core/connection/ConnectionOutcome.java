package org.griddesk.core.connection;

/**
 * What a connection check found. {@code serverVersion} is the server's own version text when it answered (empty
 * otherwise); {@code detail} is the driver's words when nothing more specific is known (empty otherwise).
 */
public record ConnectionOutcome(Kind kind, String serverVersion, String detail) {
    /** GridDesk's migrations and queries need PostgreSQL 14 or newer. */
    public static final int OLDEST_SUPPORTED_POSTGRES = 14;

    public enum Kind {
        CONNECTED, SERVER_TOO_OLD, UNKNOWN_HOST, REFUSED, TIMED_OUT, WRONG_PASSWORD, LOGIN_REFUSED, NO_DATABASE, FAILED
    }

    public ConnectionOutcome {
        serverVersion = serverVersion == null ? "" : serverVersion;
        detail = detail == null ? "" : detail;
    }

    public boolean connected() {
        return kind == Kind.CONNECTED;
    }
}

package org.griddesk.core.connection;

/** A shared PostgreSQL server as an administrator types it in: where it is and whom to log in as. */
public record ConnectionTarget(String host, int port, String database, String user, String password) {
    public static final int DEFAULT_PORT = 5432;

    /** Without the password: records print every component, and this one goes into logs. */
    @Override
    public String toString() {
        return "ConnectionTarget[" + user + "@" + host + ":" + port + "/" + database + "]";
    }
}

package org.griddesk.core.connection;

/** Tries a shared database before a workstation is pointed at it; blocks for a few seconds at most. */
public interface ConnectionCheck {
    ConnectionOutcome check(ConnectionTarget target);
}

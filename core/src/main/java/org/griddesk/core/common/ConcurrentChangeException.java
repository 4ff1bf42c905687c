package org.griddesk.core.common;

/** Someone else saved the same record since it was read: the caller must reload, never overwrite. */
public class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException(String russianMessage) {
        super(russianMessage);
    }
}

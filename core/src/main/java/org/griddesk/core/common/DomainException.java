package org.griddesk.core.common;

/** A rule was broken; the message is Russian and meant for the operator's eyes. */
public class DomainException extends RuntimeException {
    public DomainException(String russianMessage) {
        super(russianMessage);
    }

    public DomainException(String russianMessage, Throwable cause) {
        super(russianMessage, cause);
    }
}

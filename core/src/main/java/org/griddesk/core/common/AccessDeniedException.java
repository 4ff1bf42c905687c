package org.griddesk.core.common;

/** The operator's roles do not allow the action, whatever the UI showed. */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String russianMessage) {
        super(russianMessage);
    }
}

package org.griddesk.core.common;

public class NotFoundException extends DomainException {
    public NotFoundException(String russianMessage) {
        super(russianMessage);
    }
}

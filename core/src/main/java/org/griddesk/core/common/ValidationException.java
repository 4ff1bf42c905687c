package org.griddesk.core.common;

/** Input the operator can correct: an empty field, a file too large, a duplicate number. */
public class ValidationException extends DomainException {
    public ValidationException(String russianMessage) {
        super(russianMessage);
    }
}

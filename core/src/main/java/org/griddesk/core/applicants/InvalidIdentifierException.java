package org.griddesk.core.applicants;

/** A SNILS, INN, OGRN, OGRNIP, KPP, phone or e-mail that cannot be right; the message is Russian. */
public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String russianMessage) {
        super(russianMessage);
    }
}

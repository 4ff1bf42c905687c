package org.griddesk.core.accounts;

import org.griddesk.core.common.ValidationException;

/** The clerk's search: an account number, or words of the owner's name, the address, a phone or an e-mail. */
public record AccountQuery(String text, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    static final int SHORTEST = 3;

    public AccountQuery {
        text = text == null ? "" : text.strip();
        if (text.length() < SHORTEST) {
            throw new ValidationException("Введите не меньше " + SHORTEST
                    + " символов: номер лицевого счёта, фамилию, адрес, телефон или e-mail");
        }
    }

    /** Only digits (spaces and dashes aside): a number or a phone, looked up whole before any «contains». */
    public boolean digitsOnly() {
        return digits().length() == text.replaceAll("[\\s()+-]", "").length();
    }

    public String digits() {
        return text.replaceAll("\\D", "");
    }
}

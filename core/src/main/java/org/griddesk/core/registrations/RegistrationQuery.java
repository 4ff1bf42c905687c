package org.griddesk.core.registrations;

import org.griddesk.core.applicants.ApplicantType;

/**
 * Filter and page of the registration queue, newest first. Null {@code type}, {@code state} and
 * {@code activation} mean any; {@code text} matches names, organisation names, e-mail, phone and identifiers
 * in the forms a clerk types them.
 */
public record RegistrationQuery(ApplicantType type, RegistrationState state, String text, ActivationStatus activation,
                                int offset, int limit) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public RegistrationQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("Bad page: offset " + offset + ", limit " + limit);
        }
    }

    public static RegistrationQuery firstPage() {
        return new RegistrationQuery(null, null, null, null, 0, DEFAULT_PAGE_SIZE);
    }

    public RegistrationQuery page(int newOffset) {
        return new RegistrationQuery(type, state, text, activation, newOffset, limit);
    }
}

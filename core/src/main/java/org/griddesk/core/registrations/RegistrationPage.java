package org.griddesk.core.registrations;

import java.util.List;

/** One page of the registration queue and how many registrations match in all. */
public record RegistrationPage(List<RegistrationRow> rows, long totalCount) {
    public RegistrationPage {
        rows = List.copyOf(rows);
    }
}

package org.griddesk.core.registrations;

import java.util.List;

/** A row of the queue: the registration, its activation window and what is wrong with it (duplicates aside). */
public record RegistrationRow(Registration registration, Activation activation, List<RegistrationProblem> problems) {

    public RegistrationRow {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(RegistrationProblem::isError).count();
    }
}

package org.griddesk.core.registrations;

import java.util.List;

/** Everything a clerk sees of one registration: its data, problems, duplicates and history (newest first). */
public record RegistrationCard(Registration registration, Activation activation, List<RegistrationProblem> problems,
                               List<Duplicate> duplicates, List<RegistrationChange> history) {

    public RegistrationCard {
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
        history = List.copyOf(history);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(RegistrationProblem::isError);
    }
}

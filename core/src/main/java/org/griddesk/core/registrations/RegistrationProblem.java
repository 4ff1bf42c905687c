package org.griddesk.core.registrations;

/** One thing wrong with a registration, shown next to the field it concerns. */
public record RegistrationProblem(RegistrationField field, ProblemSeverity severity, String message) {

    static RegistrationProblem error(RegistrationField field, String message) {
        return new RegistrationProblem(field, ProblemSeverity.ERROR, message);
    }

    static RegistrationProblem warning(RegistrationField field, String message) {
        return new RegistrationProblem(field, ProblemSeverity.WARNING, message);
    }

    static RegistrationProblem note(RegistrationField field, String message) {
        return new RegistrationProblem(field, ProblemSeverity.NOTE, message);
    }

    public boolean isError() {
        return severity == ProblemSeverity.ERROR;
    }
}

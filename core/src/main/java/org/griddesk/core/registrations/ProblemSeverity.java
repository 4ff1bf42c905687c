package org.griddesk.core.registrations;

/** How much a problem matters: an error stops confirmation, a warning and a note only inform the clerk. */
public enum ProblemSeverity {
    ERROR("Ошибка"),
    WARNING("Предупреждение"),
    NOTE("Сведения");

    private final String title;

    ProblemSeverity(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

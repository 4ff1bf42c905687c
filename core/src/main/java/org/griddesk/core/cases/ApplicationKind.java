package org.griddesk.core.cases;

/**
 * What an application for grid connection asks for, as the portal offers it (seed 002: connection, redistribution of
 * the maximum capacity, restoration or re-issue of the connection documents).
 */
public enum ApplicationKind {
    NEW_CONNECTION("Новое технологическое присоединение"),
    CAPACITY_INCREASE("Увеличение максимальной мощности"),
    TEMPORARY("Временное технологическое присоединение"),
    REDISTRIBUTION("Перераспределение максимальной мощности"),
    DOCUMENT_REISSUE("Восстановление (переоформление) документов о технологическом присоединении");

    private final String title;

    ApplicationKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

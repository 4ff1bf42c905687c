package org.griddesk.core.deadlines;

import org.griddesk.core.cases.CaseKind;

/** What the deadline rules are set for: the grid company's requests and the energy retailer's. */
public enum RequestKind {
    GRID_CONNECTION("Заявка на технологическое присоединение"),
    GRID_MESSAGE("Сообщение сетевой организации"),
    RETAIL_APPEAL("Обращение в энергосбытовую организацию"),
    RETAIL_STATEMENT("Заявление в энергосбытовую организацию");

    private final String title;

    RequestKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static RequestKind of(CaseKind kind) {
        return switch (kind) {
            case APPLICATION -> GRID_CONNECTION;
            case MESSAGE -> GRID_MESSAGE;
        };
    }
}

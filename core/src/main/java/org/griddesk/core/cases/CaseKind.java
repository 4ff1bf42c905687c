package org.griddesk.core.cases;

/** What an applicant sent (seed 002, "Документооборот"). */
public enum CaseKind {
    APPLICATION("Заявка на технологическое присоединение"),
    MESSAGE("Сообщение сетевой организации");

    private final String title;

    CaseKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

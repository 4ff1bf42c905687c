package org.griddesk.core.deadlines;

/** How a rule's term is counted. */
public enum TermUnit {
    WORKING_DAYS("раб. дн."),
    CALENDAR_DAYS("календ. дн."),
    MONTHS("мес.");

    private final String title;

    TermUnit(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

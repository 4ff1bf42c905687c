package org.griddesk.core.cases;

/** Who put an item into a case: the applicant through the portal, or the organisation's staff. */
public enum Side {
    APPLICANT("От пользователя"),
    ORGANISATION("От организации");

    private final String title;

    Side(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package org.griddesk.core.readings;

/** Where a reading came from (§2.9: «через любые источники»). */
public enum ReadingChannel {
    PORTAL("Личный кабинет", true),
    PHONE("По телефону", true),
    CLERK("Снято сотрудником", false);

    private final String title;
    private final boolean customers;

    ReadingChannel(String title, boolean customers) {
        this.title = title;
        this.customers = customers;
    }

    public String title() {
        return title;
    }

    /** The customer's own readings are taken only within the branch's window; a staff member's at any time. */
    public boolean withinWindowOnly() {
        return customers;
    }
}

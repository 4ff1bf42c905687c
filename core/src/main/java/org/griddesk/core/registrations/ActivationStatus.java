package org.griddesk.core.registrations;

/** Whether the applicant followed the activation link from the e-mail, and whether they still may. */
public enum ActivationStatus {
    ACTIVATED("Активирована"),
    WAITING("Ожидает активации"),
    EXPIRED("Срок активации истёк");

    private final String title;

    ActivationStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

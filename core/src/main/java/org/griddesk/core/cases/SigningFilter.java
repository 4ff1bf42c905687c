package org.griddesk.core.cases;

/** The queue's «Подписание» filter: where a case's two-sided documents and its contract stand. */
public enum SigningFilter {
    /** A two-sided document the organisation has not signed yet. */
    AWAITING_ORGANISATION("Ожидает подписи организации"),
    /** A document the organisation signed that waits for the applicant. */
    AWAITING_APPLICANT("Ожидает подписи заявителя"),
    /** A document signed by both sides, and none waiting. */
    SIGNED_BY_BOTH("Подписано обеими сторонами"),
    CONTRACT_IN_EXECUTION("Договор исполняется"),
    CONTRACT_COMPLETED("Исполнен");

    private final String title;

    SigningFilter(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

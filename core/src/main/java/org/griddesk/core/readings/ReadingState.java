package org.griddesk.core.readings;

/** Where a reading stands: passed on, then accepted for billing (as given or corrected), refused, or superseded. */
public enum ReadingState {
    SUBMITTED("Передано"),
    ACCEPTED("Принято к расчёту"),
    CORRECTED("Принято с исправлением"),
    REJECTED("Не принято"),
    REPLACED("Заменено более поздним");

    private final String title;

    ReadingState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean billed() {
        return this == ACCEPTED || this == CORRECTED;
    }
}

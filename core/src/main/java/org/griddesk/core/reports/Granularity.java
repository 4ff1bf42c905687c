package org.griddesk.core.reports;

/** How a report's period is cut into rows and chart bars. */
public enum Granularity {
    DAY("по дням"),
    WEEK("по неделям"),
    MONTH("по месяцам");

    private final String title;

    Granularity(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

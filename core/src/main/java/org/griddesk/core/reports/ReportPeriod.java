package org.griddesk.core.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.griddesk.core.common.ValidationException;

/** The days a report covers, both included, and how they are cut into rows. */
public record ReportPeriod(LocalDate from, LocalDate to, Granularity granularity) {
    /** Longer periods are a job for the database administrator, not a desk report. */
    public static final int MAX_DAYS = 3 * 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public ReportPeriod {
        if (from == null || to == null) {
            throw new ValidationException("Укажите начало и конец периода");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("Начало периода позже его конца");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new ValidationException("Период отчёта не может быть длиннее трёх лет");
        }
        granularity = granularity == null ? Granularity.DAY : granularity;
    }

    /** «с 01.11.2026 по 30.11.2026, по неделям». */
    public String title() {
        return "с " + DAY.format(from) + " по " + DAY.format(to) + ", " + granularity.title();
    }
}

package org.griddesk.core.reports;

import java.time.LocalDate;

/**
 * Port: the reports' aggregates, computed in the database (GROUP BY, window functions), never by loading cases into
 * Java. Periods are days of the organisation's time zone; {@code today} is that zone's current day.
 */
public interface ReportQueries {
    /** Period start (DATE), kind (TEXT), received, answered (first organisation reply), closed (moved to a status
     *  outside the working ones) — INTEGER each; a row per period and kind with at least one non-zero figure. */
    ReportTable inflow(ReportPeriod period);

    /** Kind, assignee («без исполнителя»), stages ended on time / late in the period, open and overdue today, open and
     *  due from today to the end of this week. */
    ReportTable deadlines(ReportPeriod period, LocalDate today);

    /** Assignee, open cases now, actions in the period (case history lines), actions per working day (DECIMAL). */
    ReportTable workload(ReportPeriod period, int workingDays);

    /** Status, times a case left it in the period, median hours spent in it (DECIMAL). */
    ReportTable timeInStatus(ReportPeriod period);

    /** What (awaiting the organisation / awaiting the applicant / signed in the period / refused), count, details. */
    ReportTable signing(ReportPeriod period);

    /** Section (Регистрации / Почта), outcome, count. */
    ReportTable registrationsAndMail(ReportPeriod period);

    /** Per application received in the period: number, received, contract documents sent, contract concluded,
     *  technical conditions fulfilled, connection done, closing acts (DATE each, null when not yet). */
    ReportTable publication(ReportPeriod period);
}

package org.griddesk.persistence.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportQueries;
import org.griddesk.core.reports.ReportTable;
import org.jooq.DSLContext;

/**
 * The supervisor's reports as SQL that runs unchanged on H2 and PostgreSQL: every figure is a GROUP BY, window or
 * percentile aggregate in the database; Java only works out the period's bounds in the organisation's zone and reads
 * the few aggregated rows. One class per report.
 */
public final class JooqReportQueries implements ReportQueries {
    private final InflowReport inflow;
    private final DeadlinesReport deadlines;
    private final WorkloadReport workload;
    private final TimeInStatusReport timeInStatus;
    private final SigningReport signing;
    private final RegistrationsAndMailReport registrationsAndMail;
    private final PublicationReport publication;

    /** {@code zone}: the organisation's time zone, in which report days are counted. */
    public JooqReportQueries(DSLContext dsl, ZoneId zone) {
        ReportPeriods periods = new ReportPeriods(zone);
        this.inflow = new InflowReport(dsl, periods);
        this.deadlines = new DeadlinesReport(dsl);
        this.workload = new WorkloadReport(dsl, periods);
        this.timeInStatus = new TimeInStatusReport(dsl, periods);
        this.signing = new SigningReport(dsl, periods);
        this.registrationsAndMail = new RegistrationsAndMailReport(dsl, periods);
        this.publication = new PublicationReport(dsl, periods);
    }

    @Override
    public ReportTable inflow(ReportPeriod period) {
        return inflow.table(period);
    }

    @Override
    public ReportTable deadlines(ReportPeriod period, LocalDate today) {
        return deadlines.table(period, today);
    }

    @Override
    public ReportTable workload(ReportPeriod period, int workingDays) {
        return workload.table(period, workingDays);
    }

    @Override
    public ReportTable timeInStatus(ReportPeriod period) {
        return timeInStatus.table(period);
    }

    @Override
    public ReportTable signing(ReportPeriod period) {
        return signing.table(period);
    }

    @Override
    public ReportTable registrationsAndMail(ReportPeriod period) {
        return registrationsAndMail.table(period);
    }

    @Override
    public ReportTable publication(ReportPeriod period) {
        return publication.table(period);
    }
}

package org.griddesk.core.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.deadlines.WorkingCalendar;

/**
 * The supervisor's reports: aggregated by the database, shown with a chart, exported to XLSX, CSV or PDF — and the
 * queue as filtered, streamed row by row. Reports are for supervisors and administrators; every export is audited.
 */
public class ReportService {
    private final ReportQueries queries;
    private final CaseRepository cases;
    private final Supplier<WorkingCalendar> calendar;
    private final Map<ExportFormat, ReportWriter> writers;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Clock clock;

    public ReportService(ReportQueries queries, CaseRepository cases, Supplier<WorkingCalendar> calendar,
                         List<ReportWriter> writers, Transactions transactions, AuditTrail audit, AccessControl access,
                         Clock clock) {
        this.queries = queries;
        this.cases = cases;
        this.calendar = calendar;
        this.writers = writers.stream().collect(Collectors.toUnmodifiableMap(ReportWriter::format, Function.identity()));
        this.transactions = transactions;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public ReportResult run(Operator actor, ReportKind kind, ReportPeriod period) {
        access.require(actor, Permission.EXPORT_REPORTS);
        LocalDate today = LocalDate.now(clock);
        ReportTable table = switch (kind) {
            case INFLOW -> queries.inflow(period);
            case DEADLINES -> queries.deadlines(period, today);
            case WORKLOAD -> queries.workload(period, Math.max(1, workingDays(period)));
            case TIME_IN_STATUS -> queries.timeInStatus(period);
            case SIGNING -> queries.signing(period);
            case REGISTRATIONS_AND_MAIL -> queries.registrationsAndMail(period);
            case PUBLICATION -> queries.publication(period);
        };
        ReportSheet sheet = new ReportSheet(kind.title(), "Период: " + period.title(), table.columns(),
                Charts.of(kind, table));
        return new ReportResult(kind, sheet, table);
    }

    /** Runs the report and writes it; the file's stream is the caller's to close. */
    public void export(Operator actor, ReportKind kind, ReportPeriod period, ExportFormat format, OutputStream out) {
        ReportResult result = run(actor, kind, period);
        write(result.sheet(), ReportRows.of(result.table().rows()), format, out);
        audit.record(actor, "Выгрузка отчёта", kind.title(), null, period.title() + ", " + format.extension());
    }

    /** «Выгрузить список»: every case the queue's filters keep, in its order, streamed from a cursor. */
    public void exportQueue(Operator actor, CaseQuery query, String filters, ExportFormat format, OutputStream out) {
        access.require(actor, Permission.EXPORT_REPORTS);
        ZoneId zone = clock.getZone();
        ReportSheet sheet = new ReportSheet("Обращения", filters, QueueRows.COLUMNS, null);
        transactions.run(() -> write(sheet, sink -> cases.forEachMatching(query,
                row -> sink.accept(QueueRows.values(row, zone))), format, out));
        audit.record(actor, "Выгрузка списка обращений", filters, null, format.extension());
    }

    private void write(ReportSheet sheet, ReportRows rows, ExportFormat format, OutputStream out) {
        ReportWriter writer = writers.get(format);
        if (writer == null) {
            throw new ValidationException("Формат не поддерживается: " + format.extension());
        }
        try {
            writer.write(sheet, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + format.extension() + " file", e);
        }
    }

    private int workingDays(ReportPeriod period) {
        return calendar.get().workingDaysBetween(period.from().minusDays(1), period.to());
    }
}

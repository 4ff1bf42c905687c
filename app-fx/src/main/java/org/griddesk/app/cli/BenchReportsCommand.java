package org.griddesk.app.cli;

import org.griddesk.app.logging.QuietLogs;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.griddesk.app.documents.XlsxReportWriter;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.deadlines.WorkingCalendar;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.ReportService;
import org.griddesk.persistence.benchmark.BenchmarkDatabase;
import org.griddesk.persistence.benchmark.QueueDataSet;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.reports.JooqReportQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code griddesk bench-reports}: «Выгрузить» of a million-case queue to XLSX through GridDesk's export, next to the
 * same rows read by plain JDBC and written straight through fastexcel, alternating, in one run; prints the times,
 * their ratio and the peak heap. Meant to run with {@code GRIDDESK_JAVA_OPTS=-Xmx256m}.
 */
@Command(name = "bench-reports", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk bench-reports [--cases N] [--rounds N]",
        description = "Замерить выгрузку очереди в XLSX (1 000 000 строк) рядом с той же выгрузкой напрямую через "
                + "fastexcel; запускать с GRIDDESK_JAVA_OPTS=-Xmx256m")
final class BenchReportsCommand implements Callable<Integer> {
    @Option(names = "--cases", defaultValue = "1000000", description = "Сколько обращений создать (по умолчанию 1 000 000)")
    private int cases;

    @Option(names = "--rounds", defaultValue = "3", description = "Замеров каждой стороны после разогрева (по умолчанию 3)")
    private int rounds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("griddesk-bench-reports");
        try (BenchmarkDatabase target = BenchmarkDatabase.embeddedPostgres();
             Database database = Database.open(target.settings())) {
            out.printf("База: %s, heap не более %d МБ%n", target.settings().describe(), Runtime.getRuntime().maxMemory() >> 20);
            long start = System.nanoTime();
            new QueueDataSet(database.dsl()).create(cases, step -> out.println("  создаётся " + step));
            out.printf("Данные созданы за %.0f с%n", (System.nanoTime() - start) / 1e9);
            ZoneId zone = ZoneId.systemDefault();
            ReportService reports = new ReportService(new JooqReportQueries(database.dsl(), zone),
                    new JooqCaseRepository(database.dsl(), zone), () -> new WorkingCalendar(List.of()),
                    List.of(new XlsxReportWriter()), new JooqTransactions(database.dsl()), AuditTrail.NONE,
                    AccessControl.asGiven(), Clock.system(zone));
            Operator supervisor = new Operator(0, "bench", "Замер", Set.of(Role.SUPERVISOR), false, true, false);
            Map<String, String> titles = titles();
            Path griddeskFile = folder.resolve("griddesk.xlsx");
            Path rawFile = folder.resolve("fastexcel.xlsx");
            List<Double> griddesk = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            HeapPeak heap = new HeapPeak();
            for (int round = 0; round <= rounds; round++) {
                double ours = seconds(() -> {
                    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(griddeskFile), 1 << 16)) {
                        reports.exportQueue(supervisor, CaseQuery.firstPage(), "все обращения", ExportFormat.XLSX, file);
                    }
                });
                double theirs = seconds(() -> {
                    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(rawFile), 1 << 16)) {
                        database.dsl().connection(connection -> RawQueueXlsx.write(connection, zone, titles, file));
                    }
                });
                // The first round warms the JIT and the database's cache; it is shown, not counted.
                out.printf("  %s: GridDesk %.1f с, fastexcel напрямую %.1f с%n", round == 0 ? "разогрев" : "замер " + round,
                        ours, theirs);
                if (round > 0) {
                    griddesk.add(ours);
                    raw.add(theirs);
                }
            }
            double best = griddesk.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double bestRaw = raw.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            out.printf("%nВыгрузка %,d строк в XLSX: GridDesk %.1f с (файл %,d КБ), fastexcel напрямую %.1f с "
                            + "(файл %,d КБ); отношение %.2f×; сумма пиков пулов heap %d МБ при пределе %d МБ%n", cases, best,
                    Files.size(griddeskFile) >> 10, bestRaw, Files.size(rawFile) >> 10, best / bestRaw,
                    heap.peakMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
            return 0;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        for (CaseKind kind : CaseKind.values()) {
            titles.put(kind.name(), kind.title());
        }
        for (ApplicantType type : ApplicantType.values()) {
            titles.put(type.name(), type.title());
        }
        return titles;
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double seconds(Timed work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap pools' peak usage since the start, reset by nothing: the most the export ever held. */
    private static final class HeapPeak {
        long peakMegabytes() {
            long bytes = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    bytes += pool.getPeakUsage().getUsed();
                }
            }
            return bytes >> 20;
        }
    }
}

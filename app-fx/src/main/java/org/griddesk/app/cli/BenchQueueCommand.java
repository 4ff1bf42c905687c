package org.griddesk.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.griddesk.app.logging.QuietLogs;
import org.griddesk.persistence.benchmark.BenchmarkDatabase;
import org.griddesk.persistence.benchmark.QueueBenchmark;
import org.griddesk.persistence.benchmark.QueueDataSet;
import org.griddesk.persistence.benchmark.SideBySide;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code griddesk bench-queue}: builds a utility-sized data set and times the queue's calls next to the best
 * hand-written SQL in the same run. On GRIDDESK_DB_URL only when that database has no cases yet: it is filled.
 */
@Command(name = "bench-queue", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk bench-queue [--cases N] [--runs N] [--h2] [--reuse]",
        description = "Замерить очередь, поиск и «Регистрации» на большом наборе данных рядом с лучшим SQL "
                + "(p50/p95 и отношение); по умолчанию встроенный PostgreSQL и 1 000 000 обращений")
final class BenchQueueCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchQueueCommand.class);

    @Option(names = "--cases", description = "Сколько обращений создать (по умолчанию 1 000 000; с --h2 — 100 000)")
    private Integer cases;

    @Option(names = "--runs", defaultValue = "30", description = "Замеров на строку после разогрева (по умолчанию 30)")
    private int runs;

    @Option(names = "--h2", description = "Встроенная H2 (кэш результатов выключен) вместо PostgreSQL")
    private boolean h2;

    @Option(names = "--reuse", description = "На GRIDDESK_DB_URL с уже созданным набором: не создавать данные заново")
    private boolean reuse;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        int size = cases != null ? cases : h2 ? 100_000 : 1_000_000;
        String url = System.getenv("GRIDDESK_DB_URL");
        try (BenchmarkDatabase target = url != null && !h2
                ? BenchmarkDatabase.given(new DatabaseSettings(url, System.getenv("GRIDDESK_DB_USER"), System.getenv("GRIDDESK_DB_PASSWORD")))
                : h2 ? BenchmarkDatabase.freshH2() : BenchmarkDatabase.embeddedPostgres();
             Database database = Database.open(target.settings())) {
            int existing = database.dsl().fetchCount(org.griddesk.persistence.schema.Tables.APPEAL);
            if (existing > 0 && !reuse) {
                spec.commandLine().getErr().println("В базе " + target.settings().describe()
                        + " уже есть обращения: замер создаёт свои данные только в пустой базе "
                        + "(--reuse — замерить на уже созданном наборе)");
                return 2;
            }
            out.printf("База: %s, heap %d МБ%n", target.settings().describe(), Runtime.getRuntime().maxMemory() >> 20);
            QueueDataSet.Size made;
            if (existing > 0) {
                made = QueueDataSet.Size.of(existing);
                out.printf("Набор уже создан: %d обращений%n", existing);
            } else {
                long start = System.nanoTime();
                made = new QueueDataSet(database.dsl()).create(size, step -> out.println("  создаётся " + step));
                out.printf("Данные созданы за %.0f с: %d обращений, %d заявителей, %d регистраций%n",
                        (System.nanoTime() - start) / 1e9, made.cases(), made.applicants(), made.registrations());
            }
            List<SideBySide.Figures> figures = new QueueBenchmark(database.dsl()).run(made, 5, runs);
            SideBySideTable.print(out, figures, "SQL", "(" + runs + " замеров на строку после 5 для разогрева; GD — вызовы "
                    + "репозиториев GridDesk, SQL — лучший запрос, написанный вручную, на той же базе)");
            return SideBySideTable.allSame(figures) ? 0 : 1;
        } catch (RuntimeException e) {
            LOG.warn("Queue benchmark failed", e);
            spec.commandLine().getErr().println("Замер не выполнен: " + e.getMessage());
            return 2;
        }
    }
}

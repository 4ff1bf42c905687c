package org.griddesk.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.griddesk.app.logging.QuietLogs;
import org.griddesk.persistence.benchmark.AccountsBenchmark;
import org.griddesk.persistence.benchmark.AccountsDataSet;
import org.griddesk.persistence.benchmark.BenchmarkDatabase;
import org.griddesk.persistence.benchmark.SideBySide;
import org.griddesk.persistence.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code griddesk bench-accounts}: builds a retailer-sized data set on an embedded PostgreSQL and times the account
 * search and card next to the same SQL sent raw in the same run.
 */
@Command(name = "bench-accounts", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk bench-accounts [--accounts N] [--runs N]",
        description = "Замерить поиск лицевых счетов и карточку счёта на встроенном PostgreSQL рядом с тем же SQL "
                + "без GridDesk (p50/p95 и отношение); по умолчанию 1 000 000 счетов и 36 000 000 начислений")
final class BenchAccountsCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BenchAccountsCommand.class);

    @Option(names = "--accounts", defaultValue = "1000000", description = "Сколько лицевых счетов создать (по умолчанию 1 000 000)")
    private int accounts;

    @Option(names = "--runs", defaultValue = "30", description = "Замеров на строку после разогрева (по умолчанию 30)")
    private int runs;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        try (BenchmarkDatabase target = BenchmarkDatabase.embeddedPostgres();
             Database database = Database.open(target.settings())) {
            out.printf("База: %s, heap %d МБ%n", target.settings().describe(), Runtime.getRuntime().maxMemory() >> 20);
            long start = System.nanoTime();
            new AccountsDataSet(database.dsl()).create(accounts, step -> out.println("  создаётся " + step));
            out.printf("Данные созданы за %.0f с%n", (System.nanoTime() - start) / 1e9);
            List<SideBySide.Figures> figures = new AccountsBenchmark(database.dsl()).run(accounts, 20, runs);
            SideBySideTable.print(out, figures, "SQL", "(" + runs + " замеров на строку после 20 для разогрева; GD — "
                    + "вызовы репозиториев GridDesk, SQL — те же запросы без GridDesk, на той же базе)");
            return SideBySideTable.allSame(figures) ? 0 : 1;
        } catch (RuntimeException e) {
            LOG.warn("Accounts benchmark failed", e);
            spec.commandLine().getErr().println("Замер не выполнен: " + e.getMessage());
            return 2;
        }
    }
}

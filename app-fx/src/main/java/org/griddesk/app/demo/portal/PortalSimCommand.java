package org.griddesk.app.demo.portal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.griddesk.app.logging.QuietLogs;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.demo.SimulatedPortal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code griddesk portal-sim}: customers play the portal against the database this workstation uses (the shared
 * PostgreSQL, or the embedded file while the application runs), then read back what GridDesk made of it.
 */
@Command(name = "portal-sim", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk portal-sim [--applicants N] [--minutes M]",
        description = {"Симулятор портала: заявители регистрируются, подают заявки и сообщения с файлами, отвечают "
                + "и подписывают документы через таблицы портала (docs/portal-contract.md); затем показывает, что "
                + "GridDesk принял. Корневой сертификат своего тестового УЦ кладёт в trust и crl этого рабочего места."})
public final class PortalSimCommand implements Callable<Integer> {
    /** How long the simulator waits, after acting, for the workstations to take in what it wrote. */
    private static final Duration READ_BACK = Duration.ofSeconds(30);

    @Option(names = "--applicants", defaultValue = "200", description = "Сколько заявителей действуют (по умолчанию 200)")
    private int applicants;

    @Option(names = "--minutes", defaultValue = "1", description = "Сколько минут (по умолчанию 1)")
    private int minutes;

    @Option(names = "--seconds", hidden = true, description = "Секунд вместо минут (для проверок)")
    private Integer seconds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Path home;
    private final Supplier<DatabaseSettings> database;

    public PortalSimCommand(Path home, Supplier<DatabaseSettings> database) {
        this.home = home;
        this.database = database;
    }

    @Override
    public Integer call() throws Exception {
        QuietLogs.apply();
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        Instant started = clock.instant();
        SimulatedApplicantKeys keys = new SimulatedApplicantKeys(clock);
        keys.trustIn(home);
        DatabaseSettings settings = database.get();
        try (Database opened = Database.open(settings, 2)) {
            SimulatedPortal portal = new SimulatedPortal(opened.dsl());
            PortalSimulation simulation = new PortalSimulation(portal, keys, clock, started.toEpochMilli());
            out.printf("База: %s. Заявителей: %d. Тестовый УЦ: %s%n", settings.describe(), applicants,
                    home.resolve("trust").resolve(SimulatedApplicantKeys.ROOT_FILE));
            Duration duration = seconds != null ? Duration.ofSeconds(seconds) : Duration.ofMinutes(minutes);
            if (!simulation.run(applicants, duration)) {
                spec.commandLine().getErr().println("В базе нет заявителей: запустите GridDesk с демонстрационными "
                        + "данными или подтвердите регистрации");
                return 3;
            }
            out.println("Сделано: " + simulation.done());
            readBack(portal, started, clock, out);
            out.println("Статусы обращений этих заявителей, как их показывает портал: "
                    + portal.statuses(simulation.applicantIds()));
        }
        return 0;
    }

    /** Waits for the rows to be taken in (a workstation must be running), then prints what came of them. */
    private static void readBack(SimulatedPortal portal, Instant started, Clock clock, PrintWriter out)
            throws InterruptedException {
        Instant giveUp = clock.instant().plus(READ_BACK);
        Map<String, Integer> outcomes = portal.outcomes(started);
        while (outcomes.keySet().stream().anyMatch(key -> key.endsWith("ожидает")) && clock.instant().isBefore(giveUp)) {
            Thread.sleep(500);
            outcomes = portal.outcomes(started);
        }
        out.println("Что принял GridDesk:");
        outcomes.forEach((what, count) -> out.printf("  %s: %d%n", what, count));
        List<Duration> delays = portal.submissionDelays(started).stream().sorted(Comparator.naturalOrder()).toList();
        if (!delays.isEmpty()) {
            out.printf("Обращения приняты через: медиана %d мс, 95%% — %d мс, наибольшее %d мс%n",
                    delays.get(delays.size() / 2).toMillis(), delays.get((int) (delays.size() * 0.95)).toMillis(),
                    delays.getLast().toMillis());
        }
    }
}

package org.griddesk.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.griddesk.app.reports.FileExport;
import org.griddesk.core.access.Operator;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.operators.OperatorAccount;
import org.griddesk.core.operators.OperatorRepository;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.Granularity;
import org.griddesk.core.reports.ReportKind;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportService;
import org.griddesk.persistence.database.SchemaTooNewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code griddesk report <name> --from … --to … --format … --out … --as <login>}: a supervisor's report for scheduled
 * runs, on the same code path as «Отчёты» (rights of the named operator, audited). Exit 0 written, 1 refused,
 * 2 bad arguments, 3 not done (database away).
 */
@Command(name = "report", synopsisHeading = "Использование: ",
        customSynopsis = "./griddesk report <отчёт> --from дд.мм.гггг --to дд.мм.гггг --format xlsx|csv|pdf "
                + "--out <файл> --as <логин> [--by day|week|month]",
        description = "Сформировать отчёт руководителя и записать его в файл")
final class ReportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Workstation workstation;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<отчёт>")
    private String name;

    @Option(names = "--from", required = true, paramLabel = "дд.мм.гггг")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "дд.мм.гггг")
    private String to;

    @Option(names = "--format", required = true, paramLabel = "xlsx|csv|pdf")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "<файл>")
    private Path out;

    @Option(names = "--as", required = true, paramLabel = "<логин>", description = "от имени руководителя или администратора")
    private String login;

    @Option(names = "--by", paramLabel = "day|week|month")
    private String by = "day";

    ReportCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    /** The report names for «./griddesk help report». */
    static String names() {
        return Arrays.stream(ReportKind.values()).map(kind -> kind.command() + " — " + kind.title())
                .collect(Collectors.joining("; "));
    }

    /** The report names alone, for the command list of «./griddesk help». */
    static String commands() {
        return Arrays.stream(ReportKind.values()).map(ReportKind::command).collect(Collectors.joining(", "));
    }

    @Override
    public Integer call() {
        ReportKind kind = ReportKind.byCommand(name).orElseThrow(() -> usage("Неизвестный отчёт: " + name
                + ". Отчёты: " + commands()));
        ExportFormat fileFormat = ExportFormat.byExtension(format).orElseThrow(() ->
                usage("Неизвестный формат: " + format + ". Форматы: xlsx, csv, pdf"));
        ReportPeriod period;
        try {
            period = new ReportPeriod(date(from), date(to), granularity());
        } catch (ValidationException bad) {
            throw usage(bad.getMessage());
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !java.nio.file.Files.isDirectory(target.getParent())) {
            throw usage("Папка для файла не найдена: " + out);
        }
        try (ConfigurableApplicationContext context = workstation.startContext()) {
            Operator actor = context.getBean(OperatorRepository.class).findByLogin(login).map(OperatorAccount::operator)
                    .orElseThrow(() -> new AccessDeniedException("Пользователь не найден: " + login));
            FileExport.write(target, stream -> context.getBean(ReportService.class)
                    .export(actor, kind, period, fileFormat, stream));
            spec.commandLine().getOut().println("Отчёт «" + kind.title() + "» (" + period.title() + ") записан: " + target);
            return 0;
        } catch (AccessDeniedException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return 1;
        } catch (SchemaTooNewException tooNew) {
            spec.commandLine().getErr().println(tooNew.getMessage());
            return GridDeskCli.NOT_DONE;
        } catch (RuntimeException e) {
            LOG.warn("Report {} failed", kind, e);
            spec.commandLine().getErr().println("Отчёт не сформирован: нет связи с базой данных или она недоступна "
                    + "(подробности в журнале приложения)");
            return 3;
        }
    }

    private LocalDate date(String typed) {
        try {
            return typed.contains(".") ? LocalDate.parse(typed.trim(), DAY) : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException bad) {
            throw usage("Неверная дата: " + typed + " (нужно дд.мм.гггг)");
        }
    }

    private Granularity granularity() {
        try {
            return Granularity.valueOf(by.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            throw usage("Неверная разбивка: " + by + " (day, week или month)");
        }
    }

    private CommandFiles.UsageProblem usage(String message) {
        return new CommandFiles.UsageProblem(spec.commandLine(), message);
    }
}

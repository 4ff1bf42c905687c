package org.griddesk.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.griddesk.app.about.GridDeskVersion;
import org.griddesk.app.config.DemoCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless subcommands for administrators and scripts (picocli): {@code sign}, {@code verify},
 * {@code audit-verify}, {@code housekeeping}, {@code backup}, {@code restore}, {@code report}, the benchmarks, the portal simulator, {@code help}. Usage errors exit with 2 and a Russian message.
 */
@Command(name = "./griddesk", synopsisHeading = "Использование: ", commandListHeading = "%nКоманды:%n",
        customSynopsis = "./griddesk [команда] [параметры]", versionProvider = GridDeskCli.Version.class,
        description = {"GridDesk — рабочее место сетевой организации.",
                "Без команды запускается приложение.",
                "Настройки базы данных: GRIDDESK_HOME, GRIDDESK_DB_URL, GRIDDESK_DB_USER, GRIDDESK_DB_PASSWORD (см. README)."})
public final class GridDeskCli implements Runnable {
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The command could not do its work (database away, in use, or too new for this build). */
    static final int NOT_DONE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--version", versionHelp = true, description = "Показать версию GridDesk.")
    private boolean version;

    /** Runs one command line and returns its exit code; {@code out} and {@code err} take its output. */
    public static int run(Workstation workstation, PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new GridDeskCli());
        cli.addSubcommand("sign", new SignCommand());
        cli.addSubcommand("verify", new VerifyCommand(workstation));
        cli.addSubcommand("audit-verify", new AuditVerifyCommand(workstation));
        cli.addSubcommand("housekeeping", new HousekeepingCommand(workstation));
        cli.addSubcommand("backup", new BackupCommand(workstation));
        cli.addSubcommand("restore", new RestoreCommand(workstation));
        cli.addSubcommand("report", new ReportCommand(workstation));
        cli.getSubcommands().get("report").getCommandSpec().usageMessage().description(
                "Сформировать отчёт руководителя в файл: " + ReportCommand.commands(), "Отчёты: " + ReportCommand.names());
        cli.addSubcommand("bench-queue", new BenchQueueCommand());
        cli.addSubcommand("bench-accounts", new BenchAccountsCommand());
        cli.addSubcommand("bench-reports", new BenchReportsCommand());
        DemoCommands.of(workstation.home(), workstation::database).forEach(cli::addSubcommand);
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().synopsisHeading("Использование: ")
                .customSynopsis("./griddesk help [<команда>]")
                .header("Справка по команде, например: ./griddesk help verify")
                .description("Справка по команде, например: ./griddesk help verify");
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(GridDeskCli::usageError);
        return cli.execute(args);
    }

    /** Picocli's own words are English: the operator gets what is wrong and the command's synopsis in Russian. */
    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(russian(problem));
        String[] synopsis = command.getCommandSpec().usageMessage().customSynopsis();
        err.println("Использование: " + (synopsis.length > 0 ? synopsis[0] : command.getCommandName()));
        err.println("Справка: ./griddesk help");
        return USAGE;
    }

    private static String russian(CommandLine.ParameterException problem) {
        return switch (problem) {
            case CommandFiles.UsageProblem worded -> worded.getMessage();
            case CommandLine.UnmatchedArgumentException unmatched when unmatched.getCommandLine().getParent() == null ->
                    "Неизвестная команда: " + String.join(" ", unmatched.getUnmatched());
            case CommandLine.UnmatchedArgumentException unmatched ->
                    "Неизвестный параметр: " + String.join(" ", unmatched.getUnmatched());
            case CommandLine.MissingParameterException missing -> "Не хватает параметров: "
                    + String.join(", ", missing.getMissing().stream().map(GridDeskCli::name).toList());
            case CommandLine.OverwrittenOptionException overwritten ->
                    "Параметр указан дважды: " + name(overwritten.getOverwritten());
            default -> "Неверные параметры команды";
        };
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** «GridDesk 1.2.0», as installers and support scripts read it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"GridDesk " + GridDeskVersion.current()};
        }
    }

    /** Without a subcommand on a headless line: the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

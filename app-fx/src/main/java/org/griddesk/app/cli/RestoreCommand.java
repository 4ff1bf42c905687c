package org.griddesk.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.griddesk.persistence.database.DatabaseInUseException;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.database.EmbeddedBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code griddesk restore <file.zip>}: puts a backup back in place of the embedded database while no GridDesk has
 * it open; the database it replaces is kept as a dated copy in the backups folder.
 */
@Command(name = "restore", synopsisHeading = "Использование: ", customSynopsis = "./griddesk restore <файл.zip>",
        description = {"Восстановить встроенную базу данных из копии (./griddesk backup или копии перед обновлением).",
                "GridDesk на этом компьютере должен быть закрыт; текущая база сохраняется в $GRIDDESK_HOME/backups.",
                "Код выхода 0 — база восстановлена, 2 — неверные параметры, 3 — не восстановлена."})
final class RestoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);

    private final Workstation workstation;

    @Parameters(arity = "1", paramLabel = "<файл.zip>", description = "копия базы данных")
    private String source;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    RestoreCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        Path zip = CommandFiles.existing(spec, source).toAbsolutePath();
        if (!EmbeddedBackups.isBackup(zip)) {
            throw new CommandFiles.UsageProblem(spec.commandLine(), "Файл не является копией базы данных GridDesk: "
                    + source);
        }
        DatabaseSettings database = workstation.database();
        if (database.embeddedFile().isEmpty()) {
            spec.commandLine().getErr().println(BackupCommand.NOT_EMBEDDED);
            return GridDeskCli.NOT_DONE;
        }
        try {
            Optional<Path> replaced = new EmbeddedBackups(database).restore(zip);
            spec.commandLine().getOut().println("База данных восстановлена из копии " + zip);
            replaced.ifPresent(copy -> spec.commandLine().getOut().println("Прежняя база сохранена: " + copy));
            return 0;
        } catch (DatabaseInUseException inUse) {
            spec.commandLine().getErr().println(inUse.getMessage());
            return GridDeskCli.NOT_DONE;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Restore from {} failed", zip, e);
            spec.commandLine().getErr().println("База данных не восстановлена: копия или папка базы недоступна "
                    + "(подробности в журнале приложения)");
            return GridDeskCli.NOT_DONE;
        }
    }
}

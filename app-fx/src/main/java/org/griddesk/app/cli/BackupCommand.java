package org.griddesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.database.EmbeddedBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code griddesk backup <file.zip>}: a consistent copy of the embedded database, also while GridDesk runs. */
@Command(name = "backup", synopsisHeading = "Использование: ", customSynopsis = "./griddesk backup <файл.zip>",
        description = {"Сохранить копию встроенной базы данных в zip-файл (можно во время работы GridDesk).",
                "Код выхода 0 — копия сохранена, 2 — неверные параметры, 3 — копия не сохранена."})
final class BackupCommand implements Callable<Integer> {
    static final String NOT_EMBEDDED = "Эта команда работает только со встроенной базой данных (H2). База на сервере "
            + "PostgreSQL копируется его средствами: pg_dump -Fc -f griddesk.dump griddesk, восстанавливается "
            + "pg_restore.";
    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);

    private final Workstation workstation;

    @Parameters(arity = "1", paramLabel = "<файл.zip>", description = "куда сохранить копию (новый файл)")
    private Path target;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    BackupCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        Path zip = target.toAbsolutePath();
        if (Files.exists(zip)) {
            throw new CommandFiles.UsageProblem(spec.commandLine(), "Файл уже существует: " + target);
        }
        if (zip.getParent() == null || !Files.isDirectory(zip.getParent())) {
            throw new CommandFiles.UsageProblem(spec.commandLine(), "Папка для файла не найдена: " + target);
        }
        DatabaseSettings database = workstation.database();
        if (database.embeddedFile().isEmpty()) {
            spec.commandLine().getErr().println(NOT_EMBEDDED);
            return GridDeskCli.NOT_DONE;
        }
        EmbeddedBackups backups = new EmbeddedBackups(database);
        if (!backups.exists()) {
            spec.commandLine().getErr().println("Встроенная база данных не найдена: " + backups.databaseFile());
            return GridDeskCli.NOT_DONE;
        }
        try {
            backups.backup(zip);
            spec.commandLine().getOut().println("Копия базы данных сохранена: " + zip);
            return 0;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Backup to {} failed", zip, e);
            spec.commandLine().getErr().println("Копия не сохранена: база данных недоступна или нет места на диске "
                    + "(подробности в журнале приложения)");
            return GridDeskCli.NOT_DONE;
        }
    }
}

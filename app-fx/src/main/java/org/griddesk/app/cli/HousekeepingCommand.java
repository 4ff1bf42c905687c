package org.griddesk.app.cli;

import java.util.concurrent.Callable;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.persistence.database.SchemaTooNewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code griddesk housekeeping}: removes registrations not activated in 24 hours; one workstation at a time. */
@Command(name = "housekeeping", synopsisHeading = "Использование: ", customSynopsis = "./griddesk housekeeping",
        description = "Удалить регистрации, не активированные за 24 часа (запись в журнале аудита)")
final class HousekeepingCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingCommand.class);
    private final Workstation workstation;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    HousekeepingCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = workstation.startContext()) {
            spec.commandLine().getOut().println(context.getBean(Housekeeping.class).run().describe());
            return 0;
        } catch (SchemaTooNewException tooNew) {
            spec.commandLine().getErr().println(tooNew.getMessage());
            return GridDeskCli.NOT_DONE;
        } catch (RuntimeException e) {
            LOG.warn("Housekeeping failed", e);
            spec.commandLine().getErr().println("Очистка не выполнена: нет связи с базой данных или она недоступна "
                    + "(подробности в журнале приложения)");
            return 1;
        }
    }
}

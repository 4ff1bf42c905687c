package org.griddesk.app.cli;

import java.util.concurrent.Callable;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.audit.AuditVerification;
import org.griddesk.persistence.database.SchemaTooNewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code griddesk audit-verify}: walks the whole audit chain of the configured database; exit 0 when intact. */
@Command(name = "audit-verify", synopsisHeading = "Использование: ", customSynopsis = "./griddesk audit-verify",
        description = "Проверить цепочку журнала аудита; код выхода 0 — журнал цел, 1 — нарушен "
                + "(названа первая изменённая или удалённая запись), 2 — проверка не выполнена")
final class AuditVerifyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifyCommand.class);
    private final Workstation workstation;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    AuditVerifyCommand(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = workstation.startContext()) {
            AuditVerification result = context.getBean(AuditService.class).verify();
            spec.commandLine().getOut().println(result.describe());
            return result.intact() ? 0 : 1;
        } catch (SchemaTooNewException tooNew) {
            spec.commandLine().getErr().println(tooNew.getMessage());
            return GridDeskCli.NOT_DONE;
        } catch (RuntimeException e) {
            LOG.warn("Audit verification failed", e);
            spec.commandLine().getErr().println("Не удалось проверить журнал аудита: нет связи с базой данных "
                    + "или она недоступна (подробности в журнале приложения)");
            return 2;
        }
    }
}

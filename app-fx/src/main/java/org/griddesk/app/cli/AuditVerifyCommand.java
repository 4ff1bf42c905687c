package org.griddesk.app.cli;

import java.io.PrintStream;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code griddesk audit-verify}: walks the whole audit chain of the configured database; exit 0 when intact. */
public final class AuditVerifyCommand {
    private AuditVerifyCommand() {
    }

    public static int run(PrintStream out, PrintStream err, String... contextArgs) {
        try (ConfigurableApplicationContext context = GridDeskContext.startHeadless(contextArgs)) {
            AuditVerification result = context.getBean(AuditService.class).verify();
            out.println(result.describe());
            return result.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            err.println("Не удалось проверить журнал аудита: " + e.getMessage());
            return 2;
        }
    }
}

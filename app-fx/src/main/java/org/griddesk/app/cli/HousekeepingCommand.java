package org.griddesk.app.cli;

import java.io.PrintStream;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.core.registrations.Housekeeping;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code griddesk housekeeping}: removes registrations not activated in 24 hours; one workstation at a time. */
public final class HousekeepingCommand {
    private HousekeepingCommand() {
    }

    public static int run(PrintStream out, PrintStream err, String... contextArgs) {
        try (ConfigurableApplicationContext context = GridDeskContext.startHeadless(contextArgs)) {
            out.println(context.getBean(Housekeeping.class).run().describe());
            return 0;
        } catch (RuntimeException e) {
            err.println("Очистка не выполнена: " + e.getMessage());
            return 1;
        }
    }
}

package org.griddesk.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.GridDeskEnvironment;
import org.griddesk.app.config.GridDeskSettings;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.database.SchemaTooNewException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the headless commands find this workstation: its home folder and demo mode (trust settings), and the
 * arguments the application context starts with (empty: the settings of {@code GridDeskEnvironment}).
 */
public record Workstation(Path home, boolean demoMode, List<String> contextArgs) {
    public Workstation {
        contextArgs = List.copyOf(contextArgs);
    }

    String[] contextArgsArray() {
        return contextArgs.toArray(String[]::new);
    }

    /** The application context for a command; a database a newer GridDesk migrated fails as itself, not wrapped. */
    ConfigurableApplicationContext startContext() {
        try {
            return GridDeskContext.startHeadless(contextArgsArray());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SchemaTooNewException tooNew) {
                    throw tooNew;
                }
            }
            throw e;
        }
    }

    /** The database the settings name, read as the application reads them, without opening it. */
    DatabaseSettings database() {
        return GridDeskSettings.from(GridDeskEnvironment.create(contextArgsArray())).database();
    }
}

package org.griddesk.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.griddesk.app.demo.portal.PortalSimCommand;
import org.griddesk.persistence.database.DatabaseSettings;

/** The headless commands of demo and test tools, wired here so that the command line knows no demo code. */
public final class DemoCommands {
    private DemoCommands() {
    }

    /** By name: {@code portal-sim}. */
    public static Map<String, Object> of(Path home, Supplier<DatabaseSettings> database) {
        return Map.of("portal-sim", new PortalSimCommand(home, database));
    }
}

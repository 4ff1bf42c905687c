package org.griddesk.app;

import java.util.List;
import javafx.application.Application;
import org.griddesk.app.cli.GridDeskCli;
import org.griddesk.app.cli.Workstation;
import org.griddesk.app.config.GridDeskEnvironment;
import org.griddesk.app.config.GridDeskSettings;

/**
 * Entry point of the launcher: without arguments the desktop application; otherwise a headless
 * subcommand for administrators and scripts.
 */
public final class GridDeskMain {
    private GridDeskMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(GridDeskApplication.class);
            return;
        }
        GridDeskSettings settings = GridDeskSettings.from(GridDeskEnvironment.create());
        System.exit(GridDeskCli.run(new Workstation(settings.home(), settings.demoMode(), List.of()), System.out, System.err, args));
    }
}

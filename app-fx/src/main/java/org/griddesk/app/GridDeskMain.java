package org.griddesk.app;

import java.util.List;
import java.util.Locale;
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
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private GridDeskMain() {
    }

    public static void main(String[] args) {
        // The whole UI is Russian whatever the workstation's locale: dates дд.мм.гггг, Russian month names, weeks
        // from Monday in every date picker, Russian file dialogs where the platform takes the JVM's locale.
        Locale.setDefault(RUSSIAN);
        // jOOQ's banner and tips would land in a command's output, which scripts read.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            Application.launch(GridDeskApplication.class);
            return;
        }
        GridDeskSettings settings = GridDeskSettings.from(GridDeskEnvironment.create());
        System.exit(GridDeskCli.run(new Workstation(settings.home(), settings.demoMode(), List.of()), System.out, System.err, args));
    }
}

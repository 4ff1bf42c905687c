package org.griddesk.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.StartupService;
import org.griddesk.app.login.StartupReport;
import org.griddesk.app.shell.MainWindow;
import org.griddesk.app.shell.Workplace;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UserMessages;
import org.springframework.context.ConfigurableApplicationContext;

/** The desktop application: the window appears at once, the database connects behind a splash. */
public class GridDeskApplication extends Application {
    private ConfigurableApplicationContext context;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // AtlantaFX's light theme under GridDesk's own stylesheet: consistent controls, clear focus rings.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage);
        window.showSplash("Подключение к базе данных и проверка её структуры…");
        stage.show();
        stage.requestFocus();
        window.ui().executor().execute(BackgroundTask.of("Запуск GridDesk…", () -> {
                    ConfigurableApplicationContext started = GridDeskContext.start();
                    StartupReport report = started.getBean(StartupService.class)
                            .prepare(text -> Platform.runLater(() -> window.showSplash(text)));
                    return new Started(started, report);
                })
                .onSuccess(started -> {
                    context = started.context();
                    window.showLogin(context.getBean(Workplace.class), started.report());
                })
                .onFailure(failure -> window.showStartupFailure(UserMessages.describe(failure))));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
    }

    private record Started(ConfigurableApplicationContext context, StartupReport report) {
    }
}

package org.griddesk.app;

import atlantafx.base.theme.PrimerLight;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.griddesk.app.config.FirstStart;
import org.griddesk.app.config.GridDeskContext;
import org.griddesk.app.config.GridDeskEnvironment;
import org.griddesk.app.connection.ConnectionViewModel;
import org.griddesk.app.config.StartupService;
import org.griddesk.app.login.StartupReport;
import org.griddesk.app.shell.MainWindow;
import org.griddesk.app.shell.Workplace;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.persistence.database.ConnectionProbe;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The desktop application: the window appears at once with the login form, the database connects behind it. An
 * installed workstation's first start asks where the database is before that ({@link FirstStart}).
 */
public class GridDeskApplication extends Application {
    private ConfigurableApplicationContext context;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        // AtlantaFX's light theme under GridDesk's own stylesheet: consistent controls, clear focus rings.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage);
        stage.show();
        stage.requestFocus();
        Optional<FirstStart> firstStart;
        try {
            firstStart = FirstStart.pending(GridDeskEnvironment.create());
        } catch (UncheckedIOException unreadableSettings) {
            window.showStartupFailure(UserMessages.describe(unreadableSettings));
            return;
        }
        firstStart.ifPresentOrElse(store -> window.showConnectionChoice(
                new ConnectionViewModel(new ConnectionProbe(), store, window.ui().executor(), this::connect)), this::connect);
    }

    private void connect() {
        CompletableFuture<MainWindow.Ready> ready = new CompletableFuture<>();
        window.showEarlyLogin(ready);
        window.ui().executor().execute(BackgroundTask.of("Подключение к базе данных…", () -> {
                    ConfigurableApplicationContext started = GridDeskContext.start();
                    StartupReport report = started.getBean(StartupService.class)
                            .prepare(text -> Platform.runLater(() -> window.showStartupStage(text)));
                    return new Started(started, report);
                })
                .onSuccess(started -> {
                    context = started.context();
                    ready.complete(new MainWindow.Ready(context.getBean(Workplace.class), started.report()));
                    window.showLogin(context.getBean(Workplace.class), started.report());
                })
                .onFailure(failure -> {
                    ready.completeExceptionally(failure);
                    window.showStartupFailure(UserMessages.describe(failure));
                }));
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

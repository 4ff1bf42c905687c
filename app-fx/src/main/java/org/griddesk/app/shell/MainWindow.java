package org.griddesk.app.shell;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.griddesk.app.connection.ConnectionView;
import org.griddesk.app.connection.ConnectionViewModel;
import org.griddesk.app.login.ChangePasswordView;
import org.griddesk.app.login.ChangePasswordViewModel;
import org.griddesk.app.login.LoginView;
import org.griddesk.app.login.LoginViewModel;
import org.griddesk.app.login.StartupReport;
import org.griddesk.app.sync.RegistrationChanges;
import org.griddesk.app.sync.RemoteChanges;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxDialogService;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.StartupProbe;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UncaughtFailures;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.access.Operator;

/** The one window: switches between the first-start question, login, password change and the working shell. */
public class MainWindow {
    private final Stage stage;
    private final BorderPane frame = new BorderPane();
    private final UiContext ui;
    private final FxTaskExecutor tasks;
    private ShellView shell;
    private DatabaseWatch databaseWatch;
    private RemoteChanges remoteChanges;
    private RegistrationChanges registrationChanges;
    private IdleLock idleLock;
    /** The login form shown while the database still connects, until the start is done. */
    private LoginViewModel earlyLogin;

    public MainWindow(Stage stage) {
        this.stage = stage;
        FxDialogService dialogs = new FxDialogService(stage);
        this.tasks = new FxTaskExecutor(dialogs::showError);
        this.ui = new UiContext(tasks, dialogs, new EventBus(), new Session());
        Thread.currentThread().setUncaughtExceptionHandler(new UncaughtFailures(dialogs));
        frame.setBottom(statusBar());
        // Never larger than the screen: at 1024×768 the whole window, status bar included, must be visible.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(frame, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("/org/griddesk/app/griddesk.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.setTitle("GridDesk — документооборот сетевой организации");
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        // Closing the window with unsaved input in a card asks first, card by card, as «Выйти» does.
        stage.setOnCloseRequest(event -> {
            if (shell != null && shell.hasUnsavedCases()) {
                event.consume();
                shell.closeAllCases(stage::close);
            }
        });
    }

    public UiContext ui() {
        return ui;
    }

    /** An installed workstation's first start: where its database is, asked before anything connects. */
    public void showConnectionChoice(ConnectionViewModel model) {
        show(new ConnectionView(model).root());
    }

    public void showStartupFailure(String message) {
        Label label = new Label("Не удалось запустить GridDesk.\n\n" + message
                + "\n\nПроверьте настройки подключения к базе данных (см. README) и запустите приложение снова.");
        label.setId("startup-failure");
        label.setWrapText(true);
        label.getStyleClass().add("error-text");
        VBox box = new VBox(label);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        show(box);
    }

    /**
     * The login form at once, while the database connects behind it: a clerk types meanwhile, and «Войти» waits
     * for {@code ready} (only the database checks a password). {@link #showLogin} completes it when ready.
     */
    public void showEarlyLogin(CompletableFuture<Ready> ready) {
        StartupProbe.exitWhenShown(stage.getScene());
        earlyLogin = new LoginViewModel((login, password) -> ready.join().workplace().authentication().logIn(login, password),
                ui.executor(), List.of(), "", operator -> afterLogin(operator, ready.join().workplace(), ready.join().report()));
        show(new LoginView(earlyLogin).root());
    }

    /** What the start is busy with, on the early login form (a first start fills demo data for a while). */
    public void showStartupStage(String text) {
        if (earlyLogin != null) {
            earlyLogin.offer(List.of(), text);
        }
    }

    public void showLogin(Workplace workplace, StartupReport startup) {
        tasks.stopCancelledWorkWith(workplace.queryCancellation());
        watchDatabase(workplace, startup.warning());
        if (earlyLogin != null) {
            // The form on screen stays as it is, with what was typed and the focus; the start's accounts join it.
            earlyLogin.offer(startup.demoAccounts(), startup.notice());
            earlyLogin = null;
            return;
        }
        disposeShell();
        ui.session().logOut();
        LoginViewModel model = new LoginViewModel(workplace.authentication()::logIn, ui.executor(), startup.demoAccounts(),
                startup.notice(), operator -> afterLogin(operator, workplace, startup));
        show(new LoginView(model).root());
    }

    /** What the window needs once the database is there. */
    public record Ready(Workplace workplace, StartupReport report) {
    }

    private void afterLogin(Operator operator, Workplace workplace, StartupReport startup) {
        if (operator.mustChangePassword()) {
            ChangePasswordViewModel model = new ChangePasswordViewModel(workplace.authentication(), ui.executor(), operator,
                    changed -> showShell(changed, workplace, startup));
            show(new ChangePasswordView(model).root());
        } else {
            showShell(operator, workplace, startup);
        }
    }

    private void showShell(Operator operator, Workplace workplace, StartupReport startup) {
        ui.session().logIn(operator);
        shell = new ShellView(ui, workplace, () -> logOut(operator, workplace, startup));
        StackPane layers = new StackPane(shell.root());
        if (!workplace.idleLockAfter().isZero()) {
            idleLock = new IdleLock(layers, workplace.idleLockAfter(), operator.fullName(),
                    password -> workplace.authentication().unlockScreen(operator, password), ui.executor(),
                    () -> logOut(operator, workplace, startup), () -> audited("Блокировка экрана…",
                            () -> workplace.authentication().screenLocked(operator)));
            idleLock.start();
        }
        show(layers);
    }

    /** «Выйти»: the audit trail notes it, the window returns to the login. */
    private void logOut(Operator operator, Workplace workplace, StartupReport startup) {
        audited("Выход…", () -> workplace.authentication().loggedOut(operator));
        showLogin(workplace, startup);
    }

    private void audited(String title, Runnable record) {
        ui.executor().execute(BackgroundTask.of(title, () -> {
            record.run();
            return null;
        }).onFailure(failure -> { }));
    }

    private void disposeShell() {
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
    }

    private void show(Parent content) {
        frame.setCenter(content);
    }

    /** ControlsFX's status bar: what runs in the background, with a progress bar while it runs. */
    private Parent statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.when(ui.executor().busyProperty())
                .then(ui.executor().activityProperty()).otherwise("Готово"));
        bar.progressProperty().bind(Bindings.when(ui.executor().busyProperty())
                .then(Bindings.when(ui.executor().progressProperty().lessThan(0))
                        .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(ui.executor().progressProperty()))
                .otherwise(0.0));
        return bar;
    }

    /** Once per window: a banner while the shared database can't be reached, and the start-up's warning. */
    private void watchDatabase(Workplace workplace, String startupWarning) {
        if (databaseWatch != null) {
            return;
        }
        databaseWatch = new DatabaseWatch(workplace.databaseReachable(), ui.events(), 3_000);
        // Other workstations' changes reach this window's queue and cards as CaseChangedEvents.
        remoteChanges = new RemoteChanges(workplace.changes(), ui.events());
        remoteChanges.start();
        registrationChanges = new RegistrationChanges(workplace.registrations(), ui.session(), ui.events());
        registrationChanges.start();
        Label banner = new Label("Нет связи с базой данных. Введённые данные сохранятся в окне; "
                + "повторяем попытку подключения…");
        banner.setId("connection-banner");
        banner.getStyleClass().add("connection-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(databaseWatch.availableProperty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        Label warning = new Label(startupWarning);
        warning.setId("startup-warning");
        warning.getStyleClass().add("connection-banner");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setVisible(!startupWarning.isEmpty());
        warning.setManaged(warning.isVisible());
        frame.setTop(new VBox(banner, warning));
    }

    public void close() {
        if (databaseWatch != null) {
            databaseWatch.close();
            remoteChanges.close();
            registrationChanges.close();
        }
        disposeShell();
        ui.executor().close();
    }
}

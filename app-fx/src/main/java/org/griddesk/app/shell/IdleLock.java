package org.griddesk.app.shell;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * Locks an idle workstation: after the configured time without keyboard or mouse, a curtain covers the
 * window until the operator's password is entered again. What lies under it (open cards, typed text) stays, and
 * cannot be reached meanwhile: it is disabled (no Tab, no mouse) and shortcuts such as Ctrl+W are swallowed.
 */
public final class IdleLock {
    /** Checks the logged-in operator's password; throws with a Russian message when it is wrong. */
    @FunctionalInterface
    public interface PasswordCheck {
        void check(char[] password);
    }

    private final StackPane layers;
    private final PauseTransition idle;
    private final VBox curtain;
    private final EventHandler<InputEvent> activity;
    private final EventHandler<KeyEvent> shortcuts;
    private final Runnable locked;

    /**
     * {@code layers}: the pane whose content is covered; its first child is the working area. {@code locked} is
     * told each time the curtain comes down (for the audit trail).
     */
    public IdleLock(StackPane layers, Duration after, String operatorName, PasswordCheck check, TaskExecutor executor,
                    Runnable logOut, Runnable locked) {
        this.layers = layers;
        this.locked = locked;
        this.idle = new PauseTransition(javafx.util.Duration.millis(after.toMillis()));
        Label title = new Label("Рабочее место заблокировано");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("login-title");
        Label who = new Label(operatorName + ", введите пароль, чтобы продолжить работу. Несохранённые данные не потеряны.");
        who.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("unlock-password");
        password.setPromptText("Пароль");
        Label error = new Label();
        error.setId("unlock-error");
        error.getStyleClass().add("error-text");
        Button unlock = Icons.button("Разблокировать", MaterialDesignL.LOCK_OPEN_VARIANT);
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(event -> {
            char[] secret = password.getText().toCharArray();
            password.clear();
            executor.execute(BackgroundTask.of("Проверка пароля…", () -> {
                        check.check(secret);
                        return true;
                    })
                    .onSuccess(ok -> hide())
                    .onFailure(failure -> error.setText(UserMessages.describe(failure))));
        });
        Button exit = Icons.button("Выйти", MaterialDesignL.LOGOUT);
        exit.setOnAction(event -> {
            hide();
            logOut.run();
        });
        VBox card = new VBox(10, title, who, password, unlock, exit, error);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(440);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        curtain = new VBox(card);
        curtain.setId("idle-lock");
        curtain.setAlignment(Pos.CENTER);
        curtain.getStyleClass().add("login-background");
        idle.setOnFinished(event -> show());
        activity = event -> {
            if (!isLocked()) {
                idle.playFromStart();
            }
        };
        // Scene accelerators act on whatever has the focus: while locked only typing into the curtain counts.
        shortcuts = event -> {
            if (isLocked() && (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || event.getCode().isFunctionKey())) {
                event.consume();
            }
        };
    }

    public void start() {
        layers.addEventFilter(InputEvent.ANY, activity);
        layers.addEventFilter(KeyEvent.ANY, shortcuts);
        idle.playFromStart();
    }

    public void stop() {
        idle.stop();
        layers.removeEventFilter(InputEvent.ANY, activity);
        layers.removeEventFilter(KeyEvent.ANY, shortcuts);
        hide();
    }

    public boolean isLocked() {
        return layers.getChildren().contains(curtain);
    }

    private void show() {
        if (!isLocked()) {
            workingArea().setDisable(true);
            layers.getChildren().add(curtain);
            curtain.lookup("#unlock-password").requestFocus();
            locked.run();
        }
    }

    private void hide() {
        layers.getChildren().remove(curtain);
        workingArea().setDisable(false);
        idle.playFromStart();
    }

    private javafx.scene.Node workingArea() {
        return layers.getChildren().getFirst();
    }
}

package org.griddesk.app.shell;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    private final AtomicBoolean loggedOut = new AtomicBoolean();
    private IdleLock lock;
    private TextField work;

    @Start
    void start(Stage stage) {
        work = new TextField();
        work.setId("work");
        StackPane layers = new StackPane(work);
        lock = new IdleLock(layers, Duration.ofMillis(1500), "Иванова Мария", password -> {
            if (!new String(password).equals("Clerk-2026!")) {
                throw new DomainException("Неверное имя пользователя или пароль");
            }
        }, new FxTaskExecutor(failure -> { }), () -> loggedOut.set(true));
        stage.setScene(new Scene(layers, 800, 500));
        stage.show();
        stage.requestFocus();
        lock.start();
    }

    @Test
    void locksWhenIdleKeepsWhatWasTypedAndUnlocksWithThePassword(FxRobot robot) throws Exception {
        robot.clickOn("#work").write("черновик ответа");
        assertThat(lock.isLocked()).as("typing keeps it open").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lock.isLocked());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#unlock-password").write("wrong");
        robot.clickOn("#unlock");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#unlock-error").queryAs(Label.class).getText().isEmpty());
        assertThat(lock.isLocked()).isTrue();

        robot.clickOn("#unlock-password").write("Clerk-2026!");
        robot.clickOn("#unlock");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !lock.isLocked());
        assertThat(work.getText()).isEqualTo("черновик ответа");
        assertThat(loggedOut).isFalse();
    }
}

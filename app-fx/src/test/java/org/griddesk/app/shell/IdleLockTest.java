package org.griddesk.app.shell;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
    private final AtomicInteger locks = new AtomicInteger();
    private final AtomicInteger closedTabs = new AtomicInteger();
    private IdleLock lock;
    private TextField work;

    @Start
    void start(Stage stage) {
        work = new TextField();
        work.setId("work");
        StackPane layers = new StackPane(work);
        lock = new IdleLock(layers, Duration.ofSeconds(3), "Иванова Мария", password -> {
            if (!new String(password).equals("Clerk-2026!")) {
                throw new DomainException("Неверное имя пользователя или пароль");
            }
        }, new FxTaskExecutor(failure -> { }), () -> loggedOut.set(true), locks::incrementAndGet);
        Scene scene = new Scene(layers, 800, 500);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                closedTabs::incrementAndGet);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        lock.start();
    }

    @Test
    void locksWhenIdleKeepsWhatWasTypedAndUnlocksWithThePassword(FxRobot robot) throws Exception {
        robot.clickOn("#work").write("черновик ответа");
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        assertThat(closedTabs).as("the shortcut works while unlocked").hasValue(1);
        assertThat(lock.isLocked()).as("typing keeps it open").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lock.isLocked());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locks).as("the lock is announced for the audit trail").hasValue(1);

        // What lies under the curtain can't be reached: no shortcut, no Tab, no click.
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        assertThat(closedTabs).as("Ctrl+W behind the lock").hasValue(1);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(work.isFocused()).as("Tab never reaches the covered field").isFalse();
        assertThat(work.isDisabled()).isTrue();

        robot.clickOn("#unlock-password").write("wrong");
        robot.clickOn("#unlock");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#unlock-error").queryAs(Label.class).getText().isEmpty());
        assertThat(lock.isLocked()).isTrue();

        robot.clickOn("#unlock-password").write("Clerk-2026!");
        robot.clickOn("#unlock");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !lock.isLocked());
        assertThat(work.getText()).isEqualTo("черновик ответа");
        assertThat(work.isDisabled()).isFalse();
        assertThat(loggedOut).isFalse();
    }
}

package org.griddesk.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.griddesk.app.config.FirstStart;
import org.griddesk.app.config.GridDeskEnvironment;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.persistence.database.ConnectionProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start of an installed workstation: the administrator keeps the data on this computer only. */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {
    @TempDir
    static Path home;

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(failures::add);
        FirstStart store = FirstStart.pending(GridDeskEnvironment.create("--griddesk.home=" + home,
                "--griddesk.first-run-dialog=true", "--griddesk.machine-config=" + home.resolve("machine.properties")))
                .orElseThrow();
        ConnectionViewModel model = new ConnectionViewModel(new ConnectionProbe(), store, executor,
                () -> started.set(true));
        stage.setScene(new Scene(new ConnectionView(model).root(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void choosingThisWorkstationOnlyWritesTheFileAndStartsGridDesk(FxRobot robot) throws Exception {
        robot.clickOn("#connection-shared");
        assertThat(robot.lookup("#db-host").query().isDisabled()).isFalse();
        robot.clickOn("#connection-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connection-result").queryLabeled().getText())
                .isEqualTo("Укажите сервер базы данных (имя или IP-адрес).");

        robot.clickOn("Только это рабочее место");
        assertThat(robot.lookup("#db-host").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#connection-check").query().isDisabled()).isTrue();
        robot.clickOn("#connection-continue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, started::get);

        Path file = home.resolve("griddesk.properties");
        assertThat(Files.readString(file)).contains("db.mode=embedded");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}

package org.griddesk.app.admin;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.griddesk.app.testing.TestGridDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** "Данные и настройки" in a real window over the demo database. */
@ExtendWith(ApplicationExtension.class)
class OrganisationSettingsViewTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static AdminDesk desk;

    private AdminDesk.Workstation workstation;
    private OrganisationSettingsViewModel model;

    @BeforeAll
    static void startDatabase() {
        grid = TestGridDesk.demo(home);
        desk = new AdminDesk(grid);
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Start
    void start(Stage stage) {
        workstation = desk.workstation(desk.admin());
        model = new OrganisationSettingsViewModel(desk.settings, workstation.ui());
        Scene scene = new Scene(new OrganisationSettingsView(model).root(), 1100, 700);
        scene.getStylesheets().add(OrganisationSettingsView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.activate();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            model.deactivate();
            return null;
        });
        workstation.ui().executor().close();
        assertThat(workstation.dialogs().errors()).isEmpty();
    }

    @Test
    void editsTheFormsLinkAndSaves(FxRobot robot) {
        TextField name = robot.lookup("#settings-name").queryAs(TextField.class);
        await(() -> "АО «Городская электросеть»".equals(name.getText()));
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();

        TextField link = robot.lookup("#settings-application-forms-url").queryAs(TextField.class);
        robot.doubleClickOn(link);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            link.clear();
            return null;
        });
        robot.clickOn(link).write("https://gorset.ru/zayavki");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#settings-save");

        await(() -> "Сохранено".equals(robot.lookup("#settings-notice").queryLabeled().getText()));
        assertThat(desk.settings.profile().applicationFormsLink()).contains("https://gorset.ru/zayavki");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();
    }

    private void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(20_000, condition));
        } catch (Exception timeout) {
            throw new AssertionError("The settings did not get there in time; notice «" + model.noticeProperty().get()
                    + "», errors " + workstation.dialogs().errors(), timeout);
        }
    }
}

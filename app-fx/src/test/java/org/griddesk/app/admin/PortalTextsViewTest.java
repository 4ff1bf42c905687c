package org.griddesk.app.admin;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.web.HTMLEditor;
import javafx.scene.web.WebView;
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

/** "Информация" in a real window: the HTML editor, the preview and "Сохранить". */
@ExtendWith(ApplicationExtension.class)
class PortalTextsViewTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static AdminDesk desk;

    private AdminDesk.Workstation workstation;
    private PortalTextsViewModel model;

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
        model = new PortalTextsViewModel(desk.settings, workstation.ui());
        Scene scene = new Scene(new PortalTextsView(model).root(), 1100, 800);
        scene.getStylesheets().add(PortalTextsView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
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
    void editsPreviewsAndSavesTheLoginPageText(FxRobot robot) {
        HTMLEditor editor = robot.lookup("#portal-editor-login").queryAs(HTMLEditor.class);
        WebView preview = robot.lookup("#portal-preview-login").queryAs(WebView.class);
        await(() -> editor.getHtmlText().contains("Добро пожаловать в личный кабинет"));
        await(() -> previewText(preview).contains("без посещения офиса"));

        // The administrator's edit, as the editor would hold it, including what must not reach the portal.
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            editor.setHtmlText("<p>Вход для заявителей <b>АО «Городская электросеть»</b></p>"
                    + "<p onclick=\"alert(1)\">Круглосуточно</p>");
            return null;
        });
        robot.clickOn("#portal-preview-button-login");
        await(() -> previewText(preview).contains("Вход для заявителей"));
        assertThat(previewText(preview)).doesNotContain("без посещения офиса");

        robot.clickOn("#portal-save-login");
        await(() -> robot.lookup("#portal-notice").queryLabeled().getText().startsWith("Сохранено"));
        String stored = desk.settings.portalTexts().login().html();
        assertThat(stored).contains("<b>АО «Городская электросеть»</b>", "Круглосуточно").doesNotContain("onclick");
    }

    private static String previewText(WebView preview) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> preview.getEngine().getDocument() == null ? ""
                : preview.getEngine().getDocument().getDocumentElement().getTextContent());
    }

    private void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(20_000, condition));
        } catch (Exception timeout) {
            throw new AssertionError("The portal texts did not get there in time; notice «" + model.noticeProperty().get()
                    + "», errors " + workstation.dialogs().errors(), timeout);
        }
    }
}

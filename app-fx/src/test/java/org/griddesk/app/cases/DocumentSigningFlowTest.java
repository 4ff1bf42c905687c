package org.griddesk.app.cases;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.griddesk.signing.demo.DemoSignatures;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxDialogService;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.access.Operator;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.SigningProgress;
import org.griddesk.core.signing.SigningState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation's signer signs an offer with the demo PKCS#12 key, through the real dialog. */
@ExtendWith(ApplicationExtension.class)
class DocumentSigningFlowTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator signer;
    private static long caseId;
    private static long offerId;

    @BeforeAll
    static void startDatabase() {
        grid = TestGridDesk.demo(home);
        signer = grid.authentication().logIn("signer", "Signer-2026!".toCharArray());
        DocumentSigningService signing = grid.bean(DocumentSigningService.class);
        CaseQuery prepared = new CaseQuery(Set.of("Подготовка оферты договора"), null, null, null, null,
                CaseSortColumn.CREATED, true, 0, 1000);
        for (var row : grid.caseService().find(signer, prepared).rows()) {
            for (Map.Entry<Long, SigningProgress> entry : signing.progress(signer, row.id()).entrySet()) {
                if (entry.getValue().state() == SigningState.AWAITING_ORGANISATION) {
                    caseId = row.id();
                    offerId = entry.getKey();
                    return;
                }
            }
        }
        throw new AssertionError("the demo data has no offer waiting for the organisation");
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Start
    void start(Stage stage) {
        Session session = new Session();
        session.logIn(signer);
        FxDialogService dialogs = new FxDialogService(stage);
        UiContext ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
        CaseCardViewModel model = new CaseCardViewModel(caseId, grid.bean(CaseScreenServices.class), ui);
        Scene scene = new Scene(new CaseCardView(model).root(), 1200, 800);
        scene.getStylesheets().add(CaseCardView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.activate();
    }

    @Test
    void theSignerSignsTheOfferWithAQualifiedKey(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".sign-document").tryQuery().isPresent());
        robot.clickOn(".sign-document");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#key-file").tryQuery().isPresent());

        robot.clickOn("#key-file").write(home.resolve("demo-keys").resolve("organisation-signer.pfx").toString())
                .type(KeyCode.ENTER);
        robot.clickOn("#key-password").write("wrong-password").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#key-problem").isEmpty());
        assertThat(text("#key-problem")).contains("Неверный пароль");

        robot.doubleClickOn("#key-password").push(KeyCode.CONTROL, KeyCode.A).write(DemoSignatures.KEY_PASSWORD)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#key-certificate").startsWith("Владелец:"));
        assertThat(text("#key-certificate")).contains("Петров Алексей Николаевич", "АО «Городская электросеть»",
                "ИНН ЮЛ", "ОГРН", "Действует с", "Издатель: Демонстрационный УЦ GridDesk");

        Button sign = robot.lookup(".dialog-pane .button").match((Button button) -> "Подписать".equals(button.getText()))
                .query();
        robot.clickOn(sign);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.bean(DocumentSigningService.class)
                .progress(signer, caseId).get(offerId).state() == SigningState.AWAITING_APPLICANT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".signing-block .label").queryAll().stream()
                .map(node -> ((Label) node).getText())
                .anyMatch(line -> line.startsWith("Подписано со стороны АО «Городская электросеть»: Петров Алексей")));
        assertThat(robot.lookup(".signing-block .label").queryAll().stream().map(node -> ((Label) node).getText()))
                .contains("Ожидается подписание документа со стороны пользователя");
        assertThat(robot.lookup(".verify-signature").queryAll()).isNotEmpty();
    }

    private String text(String query) {
        Node node = org.testfx.api.FxAssert.assertContext().getNodeFinder().lookup(query).query();
        return ((Label) node).getText();
    }
}

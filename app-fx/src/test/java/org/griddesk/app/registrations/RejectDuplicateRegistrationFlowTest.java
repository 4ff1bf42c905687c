package org.griddesk.app.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.testing.InMemoryPreferences;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.testing.TestMailServer;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxDialogService;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.core.access.Operator;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The issue's end-to-end check: the clerk opens the queue, picks a registration flagged as a duplicate, sees the
 * link to the other one, rejects it with a reason typed into the dialog, and the applicant's letter with that
 * reason reaches a real SMTP server through the outbox worker.
 */
@ExtendWith(ApplicationExtension.class)
class RejectDuplicateRegistrationFlowTest {
    private static final String REASON = "Телефон уже указан в другой регистрации, войдите в свой кабинет";

    @TempDir
    static Path home;
    private static TestMailServer smtp;
    private static TestGridDesk grid;
    private static Operator clerk;
    private RegistrationsViewModel model;

    @BeforeAll
    static void startServers() {
        smtp = TestMailServer.start();
        grid = TestGridDesk.demo(home, smtp.settings());
        clerk = grid.clerk();
    }

    @AfterAll
    static void stopServers() {
        grid.close();
        smtp.close();
    }

    @Start
    void start(Stage stage) {
        Session session = new Session();
        session.logIn(clerk);
        FxDialogService dialogs = new FxDialogService(stage);
        UiContext ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
        model = new RegistrationsViewModel(grid.bean(RegistrationService.class), new PreferenceService(new InMemoryPreferences()), ui);
        Scene scene = new Scene(new RegistrationsView(model, dialogs).root(), 1200, 760);
        scene.getStylesheets().add(RegistrationsView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.activate();
    }

    @Test
    void aRejectedDuplicateGetsTheReasonByEmail(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.rows().isEmpty());
        RegistrationQueueRow duplicate = model.rows().stream()
                .filter(row -> row.duplicates() > 0 && RegistrationState.NEW.title().equals(row.state())
                        && row.email().contains("@"))
                .findFirst().orElseThrow(() -> new AssertionError("no new registration flagged as a duplicate"));
        assertThat(duplicate.problemsText()).contains("⚠", "совпадений");

        TableView<?> table = robot.lookup("#registrations-table").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(model.rows().indexOf(duplicate)));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".table-row-cell").match((TableRow<?> cell) -> duplicate.equals(cell.getItem())).query();
        robot.clickOn(row);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !links(robot).isEmpty()
                && model.cardProperty().get() != null && model.cardProperty().get().registration().id() == duplicate.id());
        assertThat(links(robot)).anyMatch(text -> text.startsWith("Совпадает "));

        robot.clickOn("#registration-reject");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.clickOn("#reason-text").write(REASON);
        robot.clickOn("#reason-ok");

        RegistrationService registrations = grid.bean(RegistrationService.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> registrations.open(clerk, duplicate.id())
                .registration().state() == RegistrationState.REJECTED);
        assertThat(robot.lookup("#registration-reject").query().isDisabled()).isTrue();

        MimeMessage letter = smtp.awaitLetter(duplicate.email(), 40);
        assertThat(TestMailServer.body(letter)).contains(REASON);
    }

    private static java.util.List<String> links(FxRobot robot) {
        VBox box = robot.lookup("#registration-duplicates").queryAs(VBox.class);
        return box.getChildren().stream().filter(Hyperlink.class::isInstance)
                .map(node -> ((Hyperlink) node).getText()).toList();
    }
}

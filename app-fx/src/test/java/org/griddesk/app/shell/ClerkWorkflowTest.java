package org.griddesk.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.griddesk.app.GridDeskApplication;
import org.griddesk.app.testing.Fx;
import org.griddesk.core.cases.CaseChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application as a clerk uses it: log in, filter, open a case, save status and number, reopen. */
class ClerkWorkflowTest extends FxRobot {
    @TempDir
    static Path home;
    private static javafx.application.Application application;

    @BeforeAll
    static void launch() throws Exception {
        System.setProperty("griddesk.home", home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(GridDeskApplication.class);
        Fx.run(stage::requestFocus);
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(application);
        System.clearProperty("griddesk.home");
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent()
                && lookup(query).query().isVisible());
    }

    private List<String> applicantValues() {
        return Fx.call(() -> lookup("#case-applicant .copyable-value").queryAll().stream()
                .map(node -> ((TextField) node).getText()).toList());
    }

    /** The node on the window now: nodes of a view the window has just replaced are still found, without a scene. */
    private javafx.scene.Node shown(String query) {
        return Fx.call(() -> lookup(query).queryAll().stream().filter(node -> node.getScene() != null).findFirst().orElseThrow());
    }

    /** Selects the first row and presses Enter, as a keyboard user would; the queue opens the case. */
    private void openFirstRow() {
        TableView<?> table = lookup("#queue-table").queryTableView();
        Fx.run(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
    }

    @Test
    void logInFilterOpenSaveAndReopen() throws Exception {
        waitFor("#login");
        // The login form comes before the database is ready; what is typed stays when the full form replaces it.
        clickOn(shown("#login")).write("clerk");
        waitFor("#demo-clerk");
        assertThat(Fx.call(() -> ((TextField) shown("#login")).getText())).isEqualTo("clerk");
        clickOn(shown("#password")).write("Clerk-2026!");
        clickOn(shown("#log-in"));
        waitFor("#queue-table");
        TableView<?> table = lookup("#queue-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(lookup("#main-tabs").queryAs(TabPane.class).getTabs()).as("«Отчёты» are for supervisors")
                .extracting(javafx.scene.control.Tab::getId).doesNotContain("reports-tab", "admin-tab");
        assertThat(lookup("#queue-assign").tryQuery()).as("assigning to others is for supervisors").isEmpty();
        assertThat(lookup("#queue-take").tryQuery()).isPresent();

        // Filter by kind: only messages remain.
        ComboBox<?> kind = lookup("#queue-kind").queryComboBox();
        Fx.run(() -> kind.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> table.getItems().stream()
                .allMatch(row -> row.toString().contains("Сообщение сетевой организации"))));

        // Open the first row.
        openFirstRow();
        waitFor("#case-status");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !applicantValues().isEmpty());
        assertThat(applicantValues()).as("type, name, phone and e-mail, each copyable").hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(value -> value.contains("@")).anyMatch(value -> value.startsWith("+7 ("));

        TextField statusEditor = lookup("#case-status").queryComboBox().getEditor();
        clickOn(statusEditor).push(KeyCode.CONTROL, KeyCode.A).write("Подготовка оферты договора");
        TextField number = lookup("#case-number").queryAs(TextField.class);
        clickOn(number).push(KeyCode.CONTROL, KeyCode.A).write("ТП-2026-77");
        push(KeyCode.CONTROL, KeyCode.S); // saves the card from the keyboard
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Сохранено".equals(Fx.call(() ->
                lookup("#case-notice").queryAs(Label.class).getText())));
        TableView<CaseChange> history = lookup("#case-history").queryTableView();
        assertThat(history.getItems()).extracting(CaseChange::after).contains("Подготовка оферты договора", "ТП-2026-77");

        // Close the card, find the case by its new number and open it again.
        press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertThat(lookup("#main-tabs").queryAs(TabPane.class).getTabs()).as("Ctrl+W closed the card")
                .noneMatch(tab -> tab.isClosable());
        push(KeyCode.CONTROL, KeyCode.F);
        assertThat(Fx.call(() -> lookup("#queue-search").query().isFocused())).as("Ctrl+F focuses the search").isTrue();
        write("ТП-2026-77");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> table.getItems().size() == 1
                && table.getItems().getFirst().toString().contains("ТП-2026-77")));
        openFirstRow();
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> tabs.getTabs().stream()
                .anyMatch(tab -> tab.getText().equals("№ ТП-2026-77"))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> lookup("#case-number").tryQuery()
                .map(node -> ((TextField) node).getText()).orElse("")).equals("ТП-2026-77"));
        assertThat(lookup("#case-status").queryComboBox().getEditor().getText()).isEqualTo("Подготовка оферты договора");

        // «Все обращения заявителя»: the queue in front, searching for this applicant.
        clickOn(shown("#applicant-cases"));
        assertThat(Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("queue-tab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> !lookup("#queue-search")
                .queryAs(TextField.class).getText().isEmpty() && !table.getItems().isEmpty()
                && table.getItems().stream().anyMatch(row -> row.toString().contains("ТП-2026-77"))));

        Fx.run(() -> tabs.getSelectionModel().selectLast());
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Fx.call(() -> tabs.getTabs().stream().noneMatch(Tab::isClosable)));
        push(KeyCode.ALT, KeyCode.DIGIT2);
        assertThat(Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("registrations-tab");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("queue-tab");
    }
}

package org.griddesk.app.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
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

/** "Справочники" in a real window over the demo database, driven with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class DictionariesViewTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static AdminDesk desk;

    private AdminDesk.Workstation workstation;
    private DictionariesViewModel model;

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
        model = new DictionariesViewModel(desk.dictionaries, workstation.ui());
        Scene scene = new Scene(new DictionariesView(model).root(), 1100, 700);
        scene.getStylesheets().add(DictionariesView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
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
    void addsADocumentNameAndRetiresIt(FxRobot robot) {
        TableView<DictionaryEntry> table = robot.lookup("#dictionary-table").queryTableView();
        await(() -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#free-text-box").query().isVisible()).isTrue();

        robot.clickOn("#dictionary-choice");
        await(() -> robot.lookup(".list-cell")
                .match((ListCell<?> cell) -> Dictionary.DOCUMENT_NAMES.title().equals(cell.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell")
                .match((ListCell<?> cell) -> Dictionary.DOCUMENT_NAMES.title().equals(cell.getText())).queryAs(ListCell.class));
        await(() -> table.getItems().stream().anyMatch(entry -> entry.name().equals("Технические условия")));
        assertThat(robot.lookup("#free-text-box").query().isVisible()).isFalse();

        robot.clickOn("#dictionary-new-name").write("Договор энергоснабжения");
        robot.clickOn("#dictionary-add");
        await(() -> table.getItems().getLast().name().equals("Договор энергоснабжения"));

        TableRow<?> last = robot.lookup(".table-row-cell").match((TableRow<?> row) -> !row.isEmpty()
                && ((DictionaryEntry) row.getItem()).name().equals("Договор энергоснабжения")).queryAs(TableRow.class);
        robot.clickOn(last);
        robot.clickOn("#dictionary-retire");
        await(() -> !table.getItems().getLast().active());
        assertThat(desk.dictionaries.activeDocumentNames()).doesNotContain("Договор энергоснабжения");
        assertThat(table.getSelectionModel().getSelectedItem().name()).as("still on the same entry")
                .isEqualTo("Договор энергоснабжения");
        assertThat(robot.lookup("#dictionary-retire").queryButton().getText()).isEqualTo("Вернуть в употребление");

        robot.clickOn("#dictionary-up");
        await(() -> table.getItems().get(table.getItems().size() - 2).name().equals("Договор энергоснабжения"));
        assertThat(List.copyOf(table.getItems())).hasSize(7);
    }

    private void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(20_000, condition));
        } catch (Exception timeout) {
            throw new AssertionError("The dictionary did not get there in time; notice «" + model.noticeProperty().get()
                    + "», errors " + workstation.dialogs().errors(), timeout);
        }
    }
}

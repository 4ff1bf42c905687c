package org.griddesk.app.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.testing.InMemoryPreferences;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.access.Operator;
import org.griddesk.core.cases.CaseAssignment;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.reports.ReportService;
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

/** The queue in a real window over the demo database, driven with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class CaseQueueViewTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private TaskExecutor executor;
    private CaseQueueViewModel model;

    @BeforeAll
    static void startDatabase() {
        grid = TestGridDesk.demo(home);
        clerk = grid.clerk();
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(clerk);
        UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
        model = new CaseQueueViewModel(grid.caseService(), grid.bean(DeadlineService.class),
                new PreferenceService(new InMemoryPreferences()), ui, opened::add);
        QueueActionsViewModel actions = new QueueActionsViewModel(grid.bean(CaseAssignment.class),
                grid.bean(ReportService.class), ui);
        Scene scene = new Scene(new CaseQueueView(model, actions).root(), 1200, 700);
        scene.getStylesheets().add(CaseQueueView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
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
        executor.close();
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void typingInSearchShrinksTheTable(FxRobot robot) {
        TableView<CaseQueueRow> table = robot.lookup("#queue-table").queryTableView();
        await(() -> table.getItems().size() == 100 && !model.loadingProperty().get());
        CaseQueueRow first = table.getItems().getFirst();
        String email = grid.caseService().open(clerk, first.id()).applicant().email().value();

        robot.clickOn("#queue-search").write(email);

        await(() -> !model.loadingProperty().get() && !table.getItems().isEmpty() && table.getItems().size() < 100);
        assertTrue(table.getItems().stream().allMatch(row -> row.applicant().equals(first.applicant())));
        assertTrue(table.getItems().stream().anyMatch(row -> row.id() == first.id()));

        robot.clickOn("#queue-reset");
        await(() -> !model.loadingProperty().get() && table.getItems().size() == 100);
    }

    @Test
    void aClerkTakesAFreeCaseAndFindsItUnderMyCases(FxRobot robot) {
        TableView<CaseQueueRow> table = robot.lookup("#queue-table").queryTableView();
        await(() -> table.getItems().size() == 100 && !model.loadingProperty().get());
        robot.clickOn("#queue-owner-unassigned");
        await(() -> !model.loadingProperty().get() && model.ownerProperty().get() == QueueOwner.UNASSIGNED
                && !table.getItems().isEmpty() && table.getItems().stream().allMatch(row -> row.assignee().isEmpty()));
        long free = model.totalCountProperty().get();
        CaseQueueRow taken = table.getItems().getFirst();

        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty())
                .queryAs(TableRow.class));
        robot.clickOn("#queue-take");
        await(() -> !model.loadingProperty().get() && model.totalCountProperty().get() == free - 1);

        robot.clickOn("#queue-owner-mine");
        await(() -> !model.loadingProperty().get() && model.ownerProperty().get() == QueueOwner.MINE
                && table.getItems().stream().anyMatch(row -> row.id() == taken.id()));
        assertTrue(table.getItems().stream().allMatch(row -> row.assignee().equals(clerk.fullName())));
        assertTrue(grid.caseService().open(clerk, taken.id()).history().stream()
                .anyMatch(change -> change.what().equals("Исполнитель (взято в работу)")));
        robot.clickOn("#queue-owner-all");
        await(() -> !model.loadingProperty().get() && table.getItems().size() == 100);
    }

    @Test
    void theDueFilterKeepsOverdueCasesAndShowsHowLate(FxRobot robot) {
        TableView<CaseQueueRow> table = robot.lookup("#queue-table").queryTableView();
        await(() -> table.getItems().size() == 100 && !model.loadingProperty().get());
        // The deadline keeper plans the demo's cases right after the start; most of them came weeks ago.
        org.jooq.DSLContext dsl = grid.bean(org.jooq.DSLContext.class);
        // The keeper's first run may come before the demo data; catching up here does what its next run would.
        await(() -> grid.bean(DeadlineService.class).catchUp() >= 0 && dsl.fetchCount(org.griddesk.persistence.schema.Tables.APPEAL,
                org.griddesk.persistence.schema.Tables.APPEAL.DEADLINE_PLANNED.isFalse()) == 0);
        WaitForAsyncUtils.asyncFx(() -> model.dueFilterProperty().set(org.griddesk.core.deadlines.DueFilter.OVERDUE));
        await(() -> !model.loadingProperty().get() && model.dueFilterProperty().get() != null
                && !table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(row -> row.overdue() && row.due().contains("просрочено на")));
        robot.clickOn("#queue-reset");
        await(() -> !model.loadingProperty().get() && model.dueFilterProperty().get() == null
                && table.getItems().size() == 100);
    }

    @Test
    void choosingAKindFiltersTheTable(FxRobot robot) {
        TableView<CaseQueueRow> table = robot.lookup("#queue-table").queryTableView();
        await(() -> table.getItems().size() == 100 && !model.loadingProperty().get());
        String title = CaseKind.MESSAGE.title();

        robot.clickOn("#queue-kind");
        // Only the popup's cells are ListCells with this text; the closed box shows "Все виды".
        ListCell<?> choice = robot.lookup(".list-cell")
                .match((ListCell<?> cell) -> title.equals(cell.getText())).queryAs(ListCell.class);
        robot.clickOn(choice);

        await(() -> !model.loadingProperty().get() && model.kindProperty().get() == CaseKind.MESSAGE
                && !table.getItems().isEmpty() && table.getItems().stream().allMatch(row -> row.kind().equals(title)));
        assertTrue(model.totalCountProperty().get() < 600);
    }

    @Test
    void doubleClickAndEnterOpenTheCase(FxRobot robot) {
        TableView<CaseQueueRow> table = robot.lookup("#queue-table").queryTableView();
        await(() -> table.getItems().size() == 100 && !model.loadingProperty().get());

        TableRow<?> firstRow = robot.lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty()).queryAs(TableRow.class);
        robot.doubleClickOn(firstRow);
        assertEquals(List.of(table.getItems().getFirst().id()), opened);

        TableRow<?> secondRow = robot.lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 1 && !row.isEmpty()).queryAs(TableRow.class);
        robot.clickOn(secondRow).type(KeyCode.ENTER);
        assertEquals(List.of(table.getItems().getFirst().id(), table.getItems().get(1).id()), opened);
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.waitForAsyncFx(20_000, condition));
        } catch (Exception timeout) {
            throw new AssertionError("The queue did not get there in time", timeout);
        }
    }
}

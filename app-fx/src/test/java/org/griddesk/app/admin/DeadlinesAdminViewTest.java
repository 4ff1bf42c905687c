package org.griddesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxDialogService;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.deadlines.CalendarDay;
import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.deadlines.DeadlineRule;
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

/**
 * «Администрирование» → «Сроки» in a real window over the demo database, with real dialogs: the administrator
 * corrects a seeded rule, is refused a term of 0 and gets the dialog back, and adds and removes a calendar day.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlinesAdminViewTest {
    private static final LocalDate DAY_OFF = LocalDate.of(2027, 1, 11);

    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator admin;

    private UiContext ui;
    private DeadlineRulesViewModel rules;
    private ProductionCalendarViewModel calendar;

    @BeforeAll
    static void startDatabase() {
        grid = TestGridDesk.demo(home);
        admin = grid.authentication().logIn("admin", "Admin-2026!".toCharArray());
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Start
    void start(Stage stage) {
        Session session = new Session();
        session.logIn(admin);
        FxDialogService dialogs = new FxDialogService(stage);
        ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
        DeadlineAdministration deadlines = grid.bean(DeadlineAdministration.class);
        rules = new DeadlineRulesViewModel(deadlines, ui);
        calendar = new ProductionCalendarViewModel(deadlines, ui);
        Scene scene = new Scene(new DeadlinesAdminView(rules, calendar).root(), 1024, 700);
        scene.getStylesheets().add(DeadlinesAdminView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        rules.activate();
        calendar.activate();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            rules.deactivate();
            calendar.deactivate();
            return null;
        });
        ui.executor().close();
    }

    @Test
    void theAdministratorCorrectsARuleAndTheCalendar(FxRobot robot) {
        TableView<DeadlineRule> table = robot.lookup("#deadline-rules-table").queryTableView();
        awaitFx(() -> table.getItems().size() == 16);
        assertThat(table.getItems()).anyMatch(DeadlineRule::toConfirm);
        DeadlineRule first = fx(() -> table.getItems().getFirst());
        assertThat(first.toConfirm()).isTrue();
        assertThat(robot.lookup(".due-overdue").match((TableCell<?, ?> cell) -> "да".equals(cell.getText()))
                .tryQuery()).as("«да» stands out").isPresent();

        robot.doubleClickOn(firstRow(robot), MouseButton.PRIMARY);
        typeTerm(robot, "0");
        robot.clickOn("#deadline-save");
        awaitFx(() -> robot.lookup("#field-problem").tryQuery().isPresent());
        assertThat(robot.lookup("#field-problem").queryAs(Label.class).getText()).isEqualTo("Срок должен быть от 1 до 1000");
        assertThat(robot.lookup("#deadline-term").queryAs(TextField.class).getText()).as("what was typed").isEqualTo("0");

        typeTerm(robot, "15");
        robot.clickOn("#deadline-to-confirm");
        assertThat(robot.lookup("#deadline-to-confirm").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#deadline-save");
        awaitFx(() -> table.getItems().getFirst().term() == 15);
        assertThat(fx(() -> table.getItems().getFirst().termText())).isEqualTo("15 раб. дн.");
        assertThat(robot.lookup(".table-row-cell .table-cell").match((TableCell<?, ?> cell) -> cell.getTableRow() != null
                && cell.getTableRow().getIndex() == 0 && "15 раб. дн.".equals(cell.getText())).tryQuery()).isPresent();
        DeadlineRule stored = grid.bean(DeadlineAdministration.class).rules(admin).stream()
                .filter(rule -> rule.id() == first.id()).findFirst().orElseThrow();
        assertThat(stored.term()).isEqualTo(15);
        assertThat(stored.toConfirm()).isFalse();

        robot.clickOn("Производственный календарь");
        DatePicker date = robot.lookup("#calendar-date").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor()).write("11.01.2027").type(KeyCode.ENTER);
        robot.clickOn("#calendar-note").write("Проверочный выходной");
        robot.clickOn("#calendar-add");
        TableView<CalendarDay> days = robot.lookup("#calendar-table").queryTableView();
        awaitFx(() -> days.getItems().stream().anyMatch(day -> day.date().equals(DAY_OFF)));
        assertThat(calendar.yearProperty().get()).as("the added day's year is shown").isEqualTo(2027);
        assertThat(calendar.errorProperty().get()).isEmpty();
        Node added = robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getItem() instanceof CalendarDay day
                && day.date().equals(DAY_OFF)).query();
        assertThat(robot.from(added).lookup(".table-cell").match((TableCell<?, ?> cell) -> "11.01.2027".equals(cell.getText()))
                .tryQuery()).isPresent();
        assertThat(robot.from(added).lookup(".table-cell").match((TableCell<?, ?> cell) -> "нерабочий".equals(cell.getText()))
                .tryQuery()).isPresent();

        robot.clickOn(added);
        robot.clickOn("#calendar-delete");
        awaitFx(() -> robot.lookup("Да").tryQuery().isPresent());
        robot.clickOn(robot.lookup("Да").queryAs(Button.class));
        awaitFx(() -> days.getItems().stream().noneMatch(day -> day.date().equals(DAY_OFF)));
        assertThat(grid.bean(DeadlineAdministration.class).calendarDays(admin))
                .noneMatch(day -> day.date().equals(DAY_OFF));

        assertThat(grid.bean(AuditService.class).find(admin, new AuditQuery(null, null, null, null, 200)))
                .anyMatch(record -> record.action().equals("Изменение правила сроков"));
    }

    private static Node firstRow(FxRobot robot) {
        return robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0 && !row.isEmpty()).query();
    }

    /** Waits for the (re)opened dialog, then replaces its term. */
    private static void typeTerm(FxRobot robot, String term) {
        awaitFx(() -> robot.lookup("#deadline-term").tryQuery().isPresent());
        TextField field = robot.lookup("#deadline-term").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(term);
    }

    private static void awaitFx(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(20)).until(() -> fx(condition));
    }

    private static <T> T fx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, query);
    }
}

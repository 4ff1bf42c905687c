package org.griddesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.reports.ReportKind;
import org.griddesk.core.reports.ReportPeriod;
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

/** A supervisor opens «Отчёты», changes the period and exports; a clerk is refused by the service. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    @TempDir
    static Path home;
    @TempDir
    Path files;
    private static TestGridDesk grid;
    private static Operator supervisor;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TaskExecutor executor;
    private ReportsViewModel model;

    @BeforeAll
    static void startDatabase() {
        grid = TestGridDesk.demo(home);
        supervisor = grid.authentication().logIn("supervisor", "Super-2026!".toCharArray());
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(supervisor);
        model = new ReportsViewModel(grid.bean(ReportService.class), new UiContext(executor, dialogs, new EventBus(), session));
        Scene scene = new Scene(new ReportsView(model).root(), 1024, 700);
        stage.setScene(scene);
        stage.show();
        model.activate();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            model.deactivate();
            return null;
        });
        executor.close();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aSupervisorChangesThePeriodSeesChartAndTableAndExports(FxRobot robot) throws Exception {
        TableView<List<Object>> table = robot.lookup("#report-table").queryTableView();
        await(() -> model.resultProperty().get() != null && !model.loadingProperty().get());

        // The demo's cases came over the last half year: a longer period has rows and bars.
        robot.clickOn("#report-from").push(KeyCode.CONTROL, KeyCode.A)
                .write(LocalDate.now().minusDays(200).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .type(KeyCode.ENTER);
        await(() -> !model.loadingProperty().get() && !table.getItems().isEmpty());
        BarChart<?, ?> chart = robot.lookup("#report-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).extracting(series -> series.getName())
                .containsExactly("Поступило", "Отвечено", "Закрыто");
        long received = table.getItems().stream().mapToLong(row -> (Long) row.get(2)).sum();
        assertThat(received).isPositive();

        Path file = files.resolve("поступление.xlsx");
        dialogs.chooseFile(file);
        robot.clickOn("#report-export").clickOn("#report-export-xlsx");
        await(() -> Files.exists(file) && model.doneTextProperty().get().contains("поступление.xlsx"));
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            // The reader leaves out the empty row under the description: rows are found by their number (from 1).
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo(ReportKind.INFLOW.title());
            assertThat(rows.stream().filter(row -> row.getRowNum() == 4).findFirst().orElseThrow().getCellText(2))
                    .isEqualTo("Поступило");
            long exported = rows.stream().filter(row -> row.getRowNum() > 4)
                    .mapToLong(row -> row.getCellAsNumber(2).orElseThrow().longValue()).sum();
            assertThat(exported).isEqualTo(received);
        }
    }

    @Test
    void theServiceRefusesAClerk() {
        Operator clerk = grid.clerk();
        ReportPeriod month = new ReportPeriod(LocalDate.now().minusDays(30), LocalDate.now(), null);
        assertThatThrownBy(() -> grid.bean(ReportService.class).run(clerk, ReportKind.DEADLINES, month))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("отчёты");
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(20_000, condition));
        } catch (Exception timeout) {
            throw new AssertionError("The report did not get there in time", timeout);
        }
    }
}

package org.griddesk.app.reports;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.griddesk.app.ui.DateFields;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.View;
import org.griddesk.core.reports.ColumnType;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.Granularity;
import org.griddesk.core.reports.ReportChart;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportKind;
import org.griddesk.core.reports.ReportResult;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** «Отчёты»: the list of reports, the period bar, the chart above the table; it only binds. */
public class ReportsView implements View {
    private final ReportsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<List<Object>> table = new TableView<>();
    /** Short categories (days, months) stand under their bars; long ones (states, kinds) beside them. */
    private static final int LONGEST_UPRIGHT_CATEGORY = 16;
    private static final int MEASURED_ROWS = 200;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<Number, String> sideways = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final Label description = new Label();
    private final StackPane charts = new StackPane(chart, sideways);
    private final SplitPane split = new SplitPane(charts, table);

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        root.setId("reports");
        root.setLeft(reportList());
        root.setTop(periodBar());
        chart.setId("report-chart");
        sideways.setId("report-chart-sideways");
        for (BarChart<?, ?> each : List.of(chart, sideways)) {
            each.setAnimated(false);
            each.setMinHeight(180);
        }
        table.setId("report-table");
        // Wide reports scroll sideways rather than cutting their headers.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.loadingProperty().map(busy -> busy ? ReportsViewModel.LOADING
                : "Нет данных за выбранный период"));
        table.setPlaceholder(placeholder);
        description.setId("report-description");
        description.setPadding(new Insets(4, 12, 0, 12));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setCenter(new VBox(description, split));
        VBox.setVgrow(split, Priority.ALWAYS);
        model.resultProperty().addListener((observable, old, shown) -> show(shown));
    }

    private Parent reportList() {
        ListView<ReportKind> list = new ListView<>(FXCollections.observableArrayList(ReportKind.values()));
        list.setId("report-list");
        list.setPrefWidth(250);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReportKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().select(model.kindProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                model.kindProperty().set(chosen);
            }
        });
        return list;
    }

    private Parent periodBar() {
        DatePicker from = DateFields.create("report-from", "с");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DateFields.create("report-to", "по");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<Granularity> granularity = new ComboBox<>(FXCollections.observableArrayList(Granularity.values()));
        granularity.setId("report-granularity");
        granularity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Granularity value) {
                return value == null ? "" : value.title();
            }

            @Override
            public Granularity fromString(String text) {
                return null;
            }
        });
        granularity.valueProperty().bindBidirectional(model.granularityProperty());
        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId("report-refresh");
        refresh.setOnAction(event -> model.run());
        MenuButton export = new MenuButton("Выгрузить");
        export.setGraphic(Icons.of(MaterialDesignM.MICROSOFT_EXCEL));
        export.setId("report-export");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.title());
            item.setId("report-export-" + format.extension());
            item.setOnAction(event -> model.exportAs(format));
            export.getItems().add(item);
        }
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.setId("report-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorTextProperty());
        Label done = new Label();
        done.setId("report-done");
        done.textProperty().bind(model.doneTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Период с"), from, new Label("по"), to, granularity, refresh, export, progress,
                error, spacer, done);
        bar.getChildren().stream().filter(node -> node instanceof Region && node != spacer && node != error && node != done)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private void show(ReportResult result) {
        description.setText(result.sheet().title() + " · " + result.sheet().description());
        table.getColumns().clear();
        List<ReportColumn> columns = result.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<List<Object>, String> column = new TableColumn<>(columns.get(i).title());
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(ReportCellText.of(cell.getValue().get(index))));
            column.setSortable(false);
            column.setPrefWidth(fittedWidth(columns.get(i).title(), result.table().rows(), index));
            column.setStyle(columns.get(i).type() == ColumnType.TEXT ? "-fx-alignment: CENTER-LEFT;"
                    : "-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(result.table().rows()));
        showChart(result.sheet().chart());
    }

    /** Wide enough for the bold header and the first rows' values, within bounds; longer values are cut. */
    private static double fittedWidth(String title, List<List<Object>> rows, int index) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        double widest = textWidth(title, bold);
        for (List<Object> row : rows.subList(0, Math.min(rows.size(), MEASURED_ROWS))) {
            widest = Math.max(widest, textWidth(ReportCellText.of(row.get(index)), Font.getDefault()));
        }
        return Math.clamp(widest + 28, 80, 520);
    }

    private static double textWidth(String value, Font font) {
        Text measured = new Text(value);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }

    private void showChart(ReportChart data) {
        chart.getData().clear();
        sideways.getData().clear();
        boolean upright = data != null && data.categories().stream()
                .allMatch(category -> category.length() <= LONGEST_UPRIGHT_CATEGORY);
        chart.setVisible(upright);
        sideways.setVisible(!upright);
        // A report without a chart gives its table the whole height.
        if (data == null) {
            split.getItems().remove(charts);
            return;
        }
        if (!split.getItems().contains(charts)) {
            split.getItems().addFirst(charts);
            split.setDividerPositions(0.45);
        }
        chart.setTitle(data.title());
        sideways.setTitle(data.title());
        for (ReportChart.Series series : data.series()) {
            if (upright) {
                XYChart.Series<String, Number> bars = new XYChart.Series<>();
                bars.setName(series.name());
                for (int i = 0; i < data.categories().size(); i++) {
                    bars.getData().add(new XYChart.Data<>(data.categories().get(i), series.values().get(i)));
                }
                chart.getData().add(bars);
            } else {
                XYChart.Series<Number, String> bars = new XYChart.Series<>();
                bars.setName(series.name());
                for (int i = 0; i < data.categories().size(); i++) {
                    bars.getData().add(new XYChart.Data<>(series.values().get(i), data.categories().get(i)));
                }
                sideways.getData().add(bars);
            }
        }
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.DateFields;
import org.griddesk.app.ui.TableColumnLayout;
import org.griddesk.app.ui.View;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.preferences.TableLayout;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** "Документооборот": filter bar, status counters, the queue table and the paging bar; it only binds. */
public class CaseQueueView implements View {
    private final CaseQueueViewModel model;
    private final QueueActionsViewModel actions;
    private final BorderPane root = new BorderPane();
    private final TableView<CaseQueueRow> table = new TableView<>();
    private final Map<TableColumn<CaseQueueRow, ?>, CaseSortColumn> sortColumns = new HashMap<>();
    private final MenuButton statusFilter = new MenuButton();
    private final Map<String, CheckBox> statusChecks = new HashMap<>();
    private final FlowPane counters = new FlowPane(6, 6);
    private final Map<String, ToggleButton> counterChips = new HashMap<>();
    private final ToggleButton allChip = new ToggleButton();

    /** An entry of the kind filter; no kind means every kind. */
    private record KindChoice(CaseKind kind) {
        @Override
        public String toString() {
            return kind == null ? "Все виды" : kind.title();
        }
    }

    public CaseQueueView(CaseQueueViewModel model, QueueActionsViewModel actions) {
        this.model = model;
        this.actions = actions;
        root.getStyleClass().add("case-queue");
        root.setTop(new VBox(filterBar(), new QueueWorkBar(model, actions, table).root(), counters()));
        root.setCenter(table());
        root.setBottom(pagingBar());
    }

    private Parent filterBar() {
        statusFilter.setId("queue-status-filter");
        statusFilter.textProperty().bind(Bindings.createStringBinding(() -> model.selectedStatuses().isEmpty()
                ? "Статус: все" : "Статус (" + model.selectedStatuses().size() + ")", model.selectedStatuses()));
        model.statusOptions().addListener((ListChangeListener<StatusCount>) change -> fillStatusFilter());
        model.selectedStatuses().addListener((SetChangeListener<String>) change -> showSelectedStatuses());
        fillStatusFilter();

        ComboBox<KindChoice> kind = new ComboBox<>();
        kind.setId("queue-kind");
        kind.getItems().add(new KindChoice(null));
        for (CaseKind each : CaseKind.values()) {
            kind.getItems().add(new KindChoice(each));
        }
        kind.setValue(new KindChoice(model.kindProperty().get()));
        kind.valueProperty().addListener((observable, old, chosen) ->
                model.kindProperty().set(chosen == null ? null : chosen.kind()));
        model.kindProperty().addListener((observable, old, now) -> {
            if (kind.getValue() == null || kind.getValue().kind() != now) {
                kind.setValue(new KindChoice(now));
            }
        });

        DatePicker from = DateFields.create("queue-from", "Создано с");
        from.valueProperty().bindBidirectional(model.createdFromProperty());
        DatePicker to = DateFields.create("queue-to", "по");
        to.valueProperty().bindBidirectional(model.createdToProperty());

        TextField search = new TextField();
        search.setId("queue-search");
        search.setPromptText("Номер, заявитель, ИНН, СНИЛС, ОГРН, e-mail, телефон");
        search.setPrefColumnCount(30);
        search.setMinWidth(140);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button reset = Icons.button("Сбросить", MaterialDesignF.FILTER_REMOVE);
        reset.setId("queue-reset");
        reset.setOnAction(event -> model.resetFilters());

        kind.setPrefWidth(230);
        kind.setMinWidth(150);
        HBox bar = new HBox(8, statusFilter, kind, new Label("Создано с"), from, new Label("по"), to, search, reset);
        // Labels and buttons keep their words; the search box and the kind list give way instead.
        bar.getChildren().stream().filter(node -> node != search && node != kind && node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("queue-filter-bar");
        return bar;
    }

    /** Several statuses at once: the menu stays open while the operator ticks them. */
    private void fillStatusFilter() {
        MenuItem all = new MenuItem("Все статусы");
        all.setOnAction(event -> model.showAllStatuses());
        statusFilter.getItems().setAll(all, new SeparatorMenuItem());
        statusChecks.clear();
        for (StatusCount option : model.statusOptions()) {
            CheckBox check = new CheckBox(option.status() + " (" + Counts.of(option.count()) + ")");
            check.setSelected(model.selectedStatuses().contains(option.status()));
            check.setOnAction(event -> model.setStatusSelected(option.status(), check.isSelected()));
            statusChecks.put(option.status(), check);
            statusFilter.getItems().add(new CustomMenuItem(check, false));
        }
    }

    private void showSelectedStatuses() {
        Set<String> selected = model.selectedStatuses();
        statusChecks.forEach((status, check) -> check.setSelected(selected.contains(status)));
        allChip.setSelected(selected.isEmpty());
        counterChips.forEach((status, chip) -> chip.setSelected(selected.equals(Set.of(status))));
    }

    private Parent counters() {
        counters.setId("queue-counters");
        counters.getStyleClass().add("queue-counters");
        allChip.getStyleClass().addAll("counter", "counter-total");
        allChip.textProperty().bind(Bindings.createStringBinding(
                () -> "Всего: " + Counts.of(model.countersTotalProperty().get()), model.countersTotalProperty()));
        allChip.setOnAction(event -> {
            model.showAllStatuses();
            showSelectedStatuses();
        });
        model.statusCounters().addListener((ListChangeListener<StatusCount>) change -> fillCounters());
        fillCounters();
        return counters;
    }

    /** A chip filters to its status alone; clicking the chip already chosen shows every status again. */
    private void fillCounters() {
        counterChips.clear();
        counters.getChildren().setAll(allChip);
        for (StatusCount counter : model.statusCounters()) {
            ToggleButton chip = new ToggleButton(counter.status() + ": " + Counts.of(counter.count()));
            chip.getStyleClass().add("counter");
            chip.setOnAction(event -> {
                if (Objects.equals(model.selectedStatuses(), Set.of(counter.status()))) {
                    model.showAllStatuses();
                } else {
                    model.showOnlyStatus(counter.status());
                }
                showSelectedStatuses();
            });
            counterChips.put(counter.status(), chip);
            counters.getChildren().add(chip);
        }
        showSelectedStatuses();
    }

    private TableView<CaseQueueRow> table() {
        table.setId("queue-table");
        table.getStyleClass().add("queue-table");
        // Sorting and paging happen in the database; the table only reports which header was clicked.
        table.setSortPolicy(sorted -> {
            if (sorted.getSortOrder().isEmpty()) {
                model.sortBy(CaseSortColumn.UPDATED, false);
            } else {
                TableColumn<CaseQueueRow, ?> column = sorted.getSortOrder().getFirst();
                model.sortBy(sortColumns.get(column), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.getColumns().add(column("Рег. номер", CaseSortColumn.REGISTRATION_NUMBER, CaseQueueRow::registrationNumber, 100));
        table.getColumns().add(column("Вид", CaseSortColumn.KIND, CaseQueueRow::kind, 210));
        table.getColumns().add(column("Наименование", CaseSortColumn.TITLE, CaseQueueRow::title, 250));
        table.getColumns().add(column("Заявитель", CaseSortColumn.APPLICANT, CaseQueueRow::applicant, 280));
        table.getColumns().add(column("Текущий статус", CaseSortColumn.STATUS, CaseQueueRow::status, 240));
        table.getColumns().add(column("Создано", CaseSortColumn.CREATED, CaseQueueRow::created, 125));
        table.getColumns().add(column("Последнее изменение", CaseSortColumn.UPDATED, CaseQueueRow::updated, 150));
        table.getColumns().add(dueColumn());
        table.getColumns().add(column("Исполнитель", CaseSortColumn.ASSIGNEE, CaseQueueRow::assignee, 180));
        // Many rows at once for «Взять в работу» and «Назначить исполнителя»; Enter and a double click open one.
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        showModelSort();
        // The operator's own arrangement, once loaded; each drag of a header or an edge is remembered.
        model.savedColumnsProperty().addListener((observable, old, columns) -> {
            TableColumnLayout.apply(table, columns);
            showModelSort();
        });
        TableColumnLayout.observe(table, model::columnsArranged);

        Label placeholder = new Label();
        placeholder.setId("queue-placeholder");
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(CaseQueueViewModel.LOADING_TITLE).otherwise("Обращения не найдены"));
        table.setPlaceholder(placeholder);

        table.setRowFactory(view -> {
            TableRow<CaseQueueRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    private TableColumn<CaseQueueRow, String> column(String title, CaseSortColumn sort,
                                                     Function<CaseQueueRow, String> value, double width) {
        TableColumn<CaseQueueRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setId(sort.name());
        sortColumns.put(column, sort);
        return column;
    }

    /** «Срок»: red while overdue, marked when a stage ended late (the mark stays after the case moves on). */
    private TableColumn<CaseQueueRow, String> dueColumn() {
        TableColumn<CaseQueueRow, String> column = column("Срок", CaseSortColumn.DUE, CaseQueueRow::due, 230);
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                CaseQueueRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                // The whole «просрочено на N раб. дн.» even when a narrow window cuts the column.
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
                getStyleClass().removeAll("due-overdue", "due-missed");
                if (row != null && row.overdue()) {
                    getStyleClass().add("due-overdue");
                } else if (row != null && row.missed()) {
                    getStyleClass().add("due-missed");
                }
            }
        });
        return column;
    }

    /** The header arrow starts where the model's order is (newest change first). */
    private void showModelSort() {
        sortColumns.forEach((column, sort) -> {
            if (sort == model.sortColumnProperty().get()) {
                column.setSortType(model.ascendingProperty().get()
                        ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                table.getSortOrder().clear();
                table.getSortOrder().add(column);
            }
        });
    }

    private Parent pagingBar() {
        Button previous = Icons.button("Назад", MaterialDesignC.CHEVRON_LEFT);
        previous.setId("queue-previous");
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(event -> model.previousPage());
        Label page = new Label();
        page.setId("queue-page");
        page.textProperty().bind(model.pageTextProperty());
        Button next = Icons.button("Вперёд", MaterialDesignC.CHEVRON_RIGHT);
        next.setId("queue-next");
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(event -> model.nextPage());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        Label error = new Label();
        error.setId("queue-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<Integer> size = new ComboBox<>(FXCollections.observableArrayList(TableLayout.PAGE_SIZES));
        size.setId("queue-page-size");
        size.setValue(model.pageSizeProperty().get());
        size.valueProperty().addListener((observable, old, chosen) -> model.pageSizeProperty().set(chosen));
        model.pageSizeProperty().addListener((observable, old, chosen) -> size.setValue(chosen.intValue()));
        TextField goTo = new TextField();
        goTo.setId("queue-go-to-page");
        goTo.setPromptText("стр.");
        goTo.setPrefColumnCount(4);
        goTo.setTooltip(new Tooltip("Номер страницы и Enter"));
        goTo.setOnAction(event -> {
            model.goToPage(goTo.getText());
            goTo.clear();
        });
        HBox bar = new HBox(8, error, spacer, progress, new Label("По"), size, new Label("строк"), previous, page, next,
                new Label("Перейти к странице"), goTo);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("queue-paging");
        return bar;
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.admin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.DateFields;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.deadlines.CalendarDay;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** «Производственный календарь»: a year's special days, the row to add one, and «Удалить» for the selected. */
public class ProductionCalendarView implements View {
    private final ProductionCalendarViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<CalendarDay> table = new TableView<>();

    public ProductionCalendarView(ProductionCalendarViewModel model) {
        this.model = model;
        root.getStyleClass().add("admin-page");
        root.setPadding(new Insets(12));
        root.setTop(yearBar());
        root.setCenter(new VBox(8, table(), deleteBar()));
        root.setBottom(addRow());
    }

    private Parent yearBar() {
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("calendar-year");
        year.valueProperty().bindBidirectional(model.yearProperty());
        Label hint = new Label("Только дни, отличающиеся от обычной недели: праздники, перенесённые выходные "
                + "и рабочие субботы или воскресенья.");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Год"), year, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TableView<CalendarDay> table() {
        table.setId("calendar-table");
        table.getColumns().add(TextColumns.of("Дата", ProductionCalendarViewModel::dateText, 110));
        table.getColumns().add(TextColumns.of("День", ProductionCalendarViewModel::dayText, 150));
        table.getColumns().add(WrappedColumns.of("Примечание", CalendarDay::note, 600));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.days());
        table.setPlaceholder(new Label("В этом году нет особых дней"));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Parent deleteBar() {
        Button delete = Icons.button("Удалить", MaterialDesignD.DELETE);
        delete.setId("calendar-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        delete.setOnAction(event -> model.delete(table.getSelectionModel().getSelectedItem()));
        Label notice = new Label();
        notice.setId("calendar-notice");
        notice.getStyleClass().add("case-notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox bar = new HBox(8, delete, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Parent addRow() {
        DatePicker date = DateFields.create("calendar-date", "дд.мм.гггг");
        date.valueProperty().bindBidirectional(model.dateProperty());
        CheckBox working = new CheckBox("рабочий день (перенос)");
        working.setId("calendar-working");
        working.selectedProperty().bindBidirectional(model.workingDayProperty());
        TextField note = new TextField();
        note.setId("calendar-note");
        note.setPromptText("Примечание, например «Перенос с субботы 3 января»");
        note.textProperty().bindBidirectional(model.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = Icons.button("Добавить", MaterialDesignP.PLUS);
        add.setId("calendar-add");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(event -> model.add());
        HBox row = new HBox(8, date, working, note, add);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("calendar-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(6, new Label("Добавить или изменить день"), row, error);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.admin;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.View;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** "Справочники": statuses and document names; it only binds and asks for the new name when renaming. */
public class DictionariesView implements View {
    private final DictionariesViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DictionaryEntry> table = new TableView<>();
    /** The entry being worked on, found again by name after the list is replaced. */
    private String selectedName;

    public DictionariesView(DictionariesViewModel model) {
        this.model = model;
        root.getStyleClass().add("admin-page");
        root.setPadding(new Insets(12));
        root.setTop(chooser());
        root.setCenter(new VBox(8, table(), actions()));
        root.setBottom(freeTextStatuses());
    }

    private Parent chooser() {
        ComboBox<Dictionary> choice = new ComboBox<>();
        choice.setId("dictionary-choice");
        choice.getItems().setAll(Dictionary.values());
        choice.valueProperty().bindBidirectional(model.dictionaryProperty());
        Label notice = new Label();
        notice.setId("dictionary-notice");
        notice.getStyleClass().add("case-notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox bar = new HBox(8, new Label("Справочник"), choice, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TableView<DictionaryEntry> table() {
        table.setId("dictionary-table");
        TableColumn<DictionaryEntry, String> number = new TableColumn<>("№");
        number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                String.valueOf(model.entries().indexOf(cell.getValue()) + 1)));
        number.setPrefWidth(50);
        TableColumn<DictionaryEntry, String> name = new TableColumn<>("Название");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setPrefWidth(520);
        TableColumn<DictionaryEntry, String> state = new TableColumn<>("Состояние");
        state.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().active()
                ? "Предлагается" : "Выведен из употребления"));
        state.setPrefWidth(200);
        table.getColumns().setAll(List.of(number, name, state));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(model.entries());
        table.setPlaceholder(new Label("Справочник пуст"));
        VBox.setVgrow(table, Priority.ALWAYS);
        // A changed list replaces every entry: keep the administrator on the entry they were working with.
        model.entries().addListener((ListChangeListener<DictionaryEntry>) change -> reselect());
        return table;
    }

    private void reselect() {
        if (selectedName == null) {
            return;
        }
        model.entries().stream().filter(entry -> entry.name().equals(selectedName)).findFirst()
                .ifPresent(entry -> table.getSelectionModel().select(entry));
    }

    private Parent actions() {
        TextField name = new TextField();
        name.setId("dictionary-new-name");
        name.setPromptText("Новая запись справочника");
        name.textProperty().bindBidirectional(model.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = Icons.button("Добавить", MaterialDesignP.PLUS);
        add.setId("dictionary-add");
        add.disableProperty().bind(model.newNameProperty().isEmpty().or(model.workingProperty()));
        add.setOnAction(event -> model.add());
        name.setOnAction(event -> {
            if (!add.isDisabled()) {
                model.add();
            }
        });

        Button rename = selectionButton("Переименовать…", "dictionary-rename");
        rename.setOnAction(event -> renameSelected());
        Button retire = selectionButton("", "dictionary-retire");
        retire.textProperty().bind(Bindings.createStringBinding(() -> selected() == null || selected().active()
                ? "Вывести из употребления" : "Вернуть в употребление", table.getSelectionModel().selectedItemProperty()));
        retire.setOnAction(event -> {
            DictionaryEntry entry = remember();
            if (entry.active()) {
                model.retire(entry);
            } else {
                model.restore(entry);
            }
        });
        Button up = selectionButton("Выше", "dictionary-up");
        up.setOnAction(event -> model.moveUp(remember()));
        Button down = selectionButton("Ниже", "dictionary-down");
        down.setOnAction(event -> model.moveDown(remember()));
        HBox bar = new HBox(8, name, add, rename, retire, up, down);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button selectionButton(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.workingProperty()));
        return button;
    }

    private void renameSelected() {
        DictionaryEntry entry = remember();
        TextInputDialog dialog = new TextInputDialog(entry.name());
        dialog.setTitle("Переименовать");
        dialog.setHeaderText("Новое название для «" + entry.name() + "»");
        dialog.getEditor().setPrefColumnCount(40);
        model.dialogs().showCustom(dialog).filter(name -> !name.isBlank()).ifPresent(name -> {
            selectedName = name.strip();
            model.rename(entry, name);
        });
    }

    private DictionaryEntry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private DictionaryEntry remember() {
        DictionaryEntry entry = selected();
        selectedName = entry.name();
        return entry;
    }

    /** Only for statuses: what clerks typed by hand, to take into the dictionary. */
    private Parent freeTextStatuses() {
        ListView<StatusCount> list = new ListView<>(model.freeTextStatuses());
        list.setId("free-text-statuses");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label("Все статусы обращений есть в справочнике"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StatusCount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.status() + " — обращений: " + item.count());
            }
        });
        Button promote = Icons.button("Добавить в справочник", MaterialDesignP.PLAYLIST_PLUS);
        promote.setId("promote-status");
        promote.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.workingProperty()));
        promote.setOnAction(event -> {
            selectedName = list.getSelectionModel().getSelectedItem().status();
            model.promote(list.getSelectionModel().getSelectedItem());
        });
        VBox box = new VBox(6, new Label("Статусы, введённые специалистами вручную и отсутствующие в справочнике"),
                list, promote);
        box.setId("free-text-box");
        box.setPadding(new Insets(12, 0, 0, 0));
        box.visibleProperty().bind(model.dictionaryProperty().isEqualTo(Dictionary.CASE_STATUSES));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    @Override
    public Parent root() {
        return root;
    }
}

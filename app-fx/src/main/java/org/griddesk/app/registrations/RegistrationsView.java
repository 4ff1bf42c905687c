package org.griddesk.app.registrations;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.ReasonDialog;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.app.ui.TableColumnLayout;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.registrations.RegistrationState;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** "Регистрации": filter bar, the queue, and the selected registration with its actions; it only binds. */
public class RegistrationsView implements View {
    private final RegistrationsViewModel model;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<RegistrationQueueRow> table = new TableView<>();
    private final RegistrationDetailView detail;

    public RegistrationsView(RegistrationsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.detail = new RegistrationDetailView(model::openDuplicate);
        root.getStyleClass().add("registrations");
        root.setTop(filterBar());
        BorderPane right = new BorderPane(detail.root());
        right.setTop(actions());
        SplitPane split = new SplitPane(queue(), right);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        model.cardProperty().addListener((observable, old, card) -> detail.show(card));
        detail.show(model.cardProperty().get());
    }

    private Parent filterBar() {
        ComboBox<ApplicantType> type = new ComboBox<>();
        type.setId("registrations-type");
        type.getItems().add(null);
        type.getItems().addAll(ApplicantType.values());
        type.setConverter(titles("Все типы", ApplicantType::title));
        type.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ApplicantType item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "Все типы" : item.title());
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());

        ComboBox<RegistrationState> state = new ComboBox<>();
        state.setId("registrations-state");
        state.getItems().add(null);
        state.getItems().addAll(RegistrationState.values());
        state.setConverter(titles("Все состояния", RegistrationState::title));
        state.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RegistrationState item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "Все состояния" : item.title());
            }
        });
        state.valueProperty().bindBidirectional(model.stateProperty());

        TextField search = new TextField();
        search.setId("registrations-search");
        search.setPromptText("Имя, организация, e-mail, телефон, СНИЛС, ИНН, ОГРН");
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId("registrations-refresh");
        refresh.setOnAction(event -> model.reload());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        Label total = new Label();
        total.textProperty().bind(model.totalTextProperty());

        HBox bar = new HBox(8, type, state, search, refresh, progress, total);
        bar.getChildren().stream().filter(node -> node != search && node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("queue-filter-bar");
        return bar;
    }

    private static <T> StringConverter<T> titles(String none, Function<T, String> title) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : title.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private Parent queue() {
        table.setId("registrations-table");
        addColumn("registered", TextColumns.of("Зарегистрирована", RegistrationQueueRow::registeredAt, 120));
        addColumn("type", TextColumns.of("Тип", RegistrationQueueRow::type, 150));
        addColumn("name", TextColumns.of("ФИО / организация", RegistrationQueueRow::name, 220));
        addColumn("phone", TextColumns.of("Телефон", RegistrationQueueRow::phone, 140));
        addColumn("email", TextColumns.of("E-mail", RegistrationQueueRow::email, 170));
        addColumn("state", TextColumns.of("Состояние", RegistrationQueueRow::state, 130));
        addColumn("activation", TextColumns.of("Активация", RegistrationQueueRow::activation, 150));
        TableColumn<RegistrationQueueRow, String> problems = TextColumns.of("Замечания", RegistrationQueueRow::problemsText, 150);
        problems.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("problem-marker");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("problem-marker");
                }
            }
        });
        addColumn("problems", problems);
        // Sorting stays with the database (newest first); a clicked header must not reorder one page only.
        table.setSortPolicy(sorted -> false);
        model.savedColumnsProperty().addListener((observable, old, columns) -> TableColumnLayout.apply(table, columns));
        TableColumnLayout.observe(table, model::columnsArranged);
        table.setItems(model.rows());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(RegistrationsViewModel.LOADING_TITLE).otherwise("Регистрации не найдены"));
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                model.select(row.id());
            }
        });
        // A duplicate's link selects the other registration in the table when it is on the page.
        model.selectedIdProperty().addListener((observable, old, id) -> selectRow(id));
        model.rows().addListener((javafx.collections.ListChangeListener<RegistrationQueueRow>) change ->
                selectRow(model.selectedIdProperty().get()));

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** {@code id} names the column in the operator's saved layout; sorting stays with the database. */
    private void addColumn(String id, TableColumn<RegistrationQueueRow, String> column) {
        column.setId(id);
        column.setSortable(false);
        table.getColumns().add(column);
    }

    private void selectRow(Long id) {
        RegistrationQueueRow selected = table.getSelectionModel().getSelectedItem();
        if (id == null || (selected != null && selected.id() == id)) {
            return;
        }
        model.rows().stream().filter(row -> Objects.equals(row.id(), id)).findFirst().ifPresentOrElse(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }, () -> table.getSelectionModel().clearSelection());
    }

    private Parent actions() {
        Button confirm = button("registration-confirm", "Подтвердить", MaterialDesignC.CHECK, model.canConfirmProperty(),
                () -> model.confirm());
        confirm.getStyleClass().add("accent");
        Button reject = button("registration-reject", "Отклонить…", MaterialDesignC.CLOSE, model.canReviewProperty(),
                () -> ask("Отклонение регистрации", "Причина отклонения (её получит заявитель)", "Отклонить",
                        model::reject));
        Button correction = button("registration-correction", "Запросить исправление…", MaterialDesignP.PENCIL, model.canReviewProperty(),
                () -> ask("Запрос исправления", "Что заявителю нужно исправить (он получит письмо)", "Отправить",
                        model::requestCorrection));
        Button block = button("registration-block", "Заблокировать…", MaterialDesignL.LOCK, model.canBlockProperty(),
                () -> ask("Блокировка учётной записи", "Причина блокировки", "Заблокировать", model::block));
        Button unblock = button("registration-unblock", "Разблокировать", MaterialDesignL.LOCK_OPEN_VARIANT, model.canUnblockProperty(),
                () -> model.unblock());
        Label notice = new Label();
        notice.setId("registration-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        FlowPane buttons = new FlowPane(8, 6, confirm, reject, correction, block, unblock);
        VBox bar = new VBox(6, buttons, notice);
        bar.setPadding(new Insets(8, 12, 4, 12));
        bar.getStyleClass().add("registration-actions");
        return bar;
    }

    private static Button button(String id, String text, Ikon icon, BooleanBinding enabled, Runnable action) {
        Button button = Icons.button(text, icon);
        button.setId(id);
        button.disableProperty().bind(enabled.not());
        button.setOnAction(event -> action.run());
        return button;
    }

    private void ask(String title, String prompt, String action, Consumer<String> then) {
        dialogs.showCustom(new ReasonDialog(title, prompt, action, RegistrationService.MAX_REASON_LENGTH, "")).filter(reason -> !reason.isBlank())
                .ifPresent(then);
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.outbox;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.griddesk.app.ui.DateFields;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** "Почта": filters, the outbox table and its buttons; it only binds. */
public class OutboxView implements View {
    private static final String ALL = "Все";
    private final BorderPane root = new BorderPane();

    public OutboxView(OutboxViewModel model) {
        root.getStyleClass().add("outbox");
        ComboBox<OutboxState> state = new ComboBox<>();
        state.setId("outbox-state");
        state.getItems().add(null);
        state.getItems().addAll(OutboxState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(OutboxState value) {
                return value == null ? ALL : value.title();
            }

            @Override
            public OutboxState fromString(String text) {
                return null;
            }
        });
        state.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(OutboxState item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? ALL : item.title());
            }
        });
        state.valueProperty().bindBidirectional(model.stateProperty());

        Button resend = Icons.button("Отправить повторно", MaterialDesignE.EMAIL_SYNC);
        resend.setId("outbox-resend");
        resend.disableProperty().bind(model.canResendProperty().not());
        resend.setOnAction(event -> model.resend());
        Button openCase = Icons.button("Открыть обращение", MaterialDesignO.OPEN_IN_NEW);
        openCase.setId("outbox-open-case");
        openCase.disableProperty().bind(model.hasCaseProperty().not());
        openCase.setOnAction(event -> model.openSelectedCase());
        TextField search = new TextField();
        search.setId("outbox-search");
        search.setPromptText("Получатель или тема");
        search.setPrefColumnCount(20);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnAction(event -> model.reload());
        DatePicker from = DateFields.create("outbox-from", "Создано с");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DateFields.create("outbox-to", "по");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId("outbox-refresh");
        refresh.setOnAction(event -> model.reload());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty());
        Label notice = new Label();
        notice.setId("outbox-notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox filters = new HBox(8, new Label("Состояние"), state, new Label("Создано с"), from, new Label("по"), to, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("queue-filter-bar");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, openCase, resend, refresh, progress, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("queue-filter-bar");
        Label unconfigured = new Label(OutboxViewModel.NO_MAIL_SERVER);
        unconfigured.setId("outbox-no-server");
        unconfigured.setWrapText(true);
        unconfigured.getStyleClass().add("warning-banner");
        unconfigured.setVisible(!model.deliveryConfigured());
        unconfigured.managedProperty().bind(unconfigured.visibleProperty());
        root.setTop(new javafx.scene.layout.VBox(unconfigured, filters, bar));

        TableView<OutboxEntry> table = new TableView<>(model.entries());
        table.setId("outbox-table");
        table.getColumns().add(TextColumns.of("Создано", entry -> OutboxViewModel.time(entry.createdAt()), 140));
        table.getColumns().add(TextColumns.of("Вид", entry -> entry.kind().title(), 220));
        table.getColumns().add(TextColumns.of("Получатель", OutboxEntry::to, 200));
        table.getColumns().add(TextColumns.of("Тема", OutboxEntry::subject, 260));
        table.getColumns().add(TextColumns.of("Состояние", entry -> entry.state().title(), 130));
        table.getColumns().add(TextColumns.of("Попыток", entry -> Integer.toString(entry.attempts()), 70));
        table.getColumns().add(TextColumns.of("Следующая попытка", entry -> entry.state() == OutboxState.SENT
                ? "" : OutboxViewModel.time(entry.nextAttemptAt()), 140));
        table.getColumns().add(TextColumns.of("Последняя ошибка", entry -> entry.lastError() == null ? "" : entry.lastError(), 300));
        table.setPlaceholder(new Label("Писем нет"));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // A double-click or Enter opens the letter to read it whole.
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                model.read();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.read();
            }
        });
        root.setCenter(table);
    }

    @Override
    public Parent root() {
        return root;
    }
}

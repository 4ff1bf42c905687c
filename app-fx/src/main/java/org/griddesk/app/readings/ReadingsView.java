package org.griddesk.app.readings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.ReasonDialog;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** «Показания»: the acceptance queue and the decisions on the selected reading; it only binds. */
public class ReadingsView implements View {
    private final ReadingsViewModel model;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<ReadingQueueRow> table = new TableView<>();

    public ReadingsView(ReadingsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        root.getStyleClass().add("readings");
        root.setTop(actions());
        root.setCenter(queue());
    }

    private Parent actions() {
        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId("readings-refresh");
        refresh.setOnAction(event -> model.reload());
        Button accept = button("reading-accept", "Принять", MaterialDesignC.CHECK, model::accept);
        accept.getStyleClass().add("accent");
        Button correct = button("reading-correct", "Исправить…", MaterialDesignP.PENCIL,
                () -> askCorrection(ReadingCorrection.EMPTY, null));
        Button reject = button("reading-reject", "Отклонить…", MaterialDesignC.CLOSE, this::askRejection);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty().or(model.workingProperty()));
        Label count = new Label();
        count.setId("readings-count");
        count.textProperty().bind(model.countTextProperty());
        HBox buttons = new HBox(8, refresh, accept, correct, reject, progress, count);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("readings-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox bar = new VBox(6, buttons, notice);
        bar.setPadding(new Insets(8, 12, 4, 12));
        bar.getStyleClass().add("queue-filter-bar");
        return bar;
    }

    private Button button(String id, String text, Ikon icon, Runnable action) {
        Button button = Icons.button(text, icon);
        button.setId(id);
        button.disableProperty().bind(model.canDecideProperty().not());
        button.setOnAction(event -> action.run());
        return button;
    }

    private Parent queue() {
        table.setId("readings-table");
        table.getColumns().add(TextColumns.of("Передано", ReadingQueueRow::submittedAt, 120));
        table.getColumns().add(TextColumns.of("Канал", ReadingQueueRow::channel, 130));
        table.getColumns().add(TextColumns.of("Лицевой счёт", ReadingQueueRow::account, 110));
        table.getColumns().add(TextColumns.of("Филиал", ReadingQueueRow::branch, 150));
        table.getColumns().add(TextColumns.of("Прибор учёта", ReadingQueueRow::meter, 170));
        table.getColumns().add(TextColumns.of("Показание", ReadingQueueRow::value, 100));
        table.getColumns().add(TextColumns.of("Предыдущее", ReadingQueueRow::previous, 100));
        table.getColumns().add(TextColumns.of("Расход", ReadingQueueRow::consumption, 80));
        table.getColumns().add(remarks());
        // The queue is worked oldest first, as the service gives it.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(model.rows());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(ReadingsViewModel.LOADING_TITLE).otherwise("Нет показаний, ожидающих принятия"));
        table.setPlaceholder(placeholder);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<ReadingQueueRow, String> remarks() {
        TableColumn<ReadingQueueRow, String> column = TextColumns.of("Замечание", ReadingQueueRow::remark, 150);
        column.setCellFactory(ignored -> new TableCell<>() {
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
        return column;
    }

    /** Shown again with what was typed and why, until the correction is taken or the clerk cancels. */
    private void askCorrection(ReadingCorrection typed, String problem) {
        ReadingQueueRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        dialogs.showCustom(new CorrectReadingDialog(row, typed, problem))
                .ifPresent(correction -> model.correct(correction, reason -> askCorrection(correction, reason)));
    }

    private void askRejection() {
        dialogs.showCustom(new ReasonDialog("Отклонение показания", "Причина (её получит владелец счёта)", "Отклонить",
                        ReadingsViewModel.MAX_REASON_LENGTH, model.suggestedRejection()))
                .filter(reason -> !reason.isBlank())
                .ifPresent(model::reject);
    }

    @Override
    public Parent root() {
        return root;
    }
}

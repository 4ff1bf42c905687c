package org.griddesk.app.readings;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.griddesk.app.ui.DecisionQueue;
import org.griddesk.app.ui.DecisionQueueView;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.ReasonDialog;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

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
        DecisionQueue<ReadingQueueRow> queue = model.queue();
        Button accept = DecisionQueueView.action(queue, "reading-accept", "Принять", MaterialDesignC.CHECK, model::accept);
        accept.getStyleClass().add("accent");
        Button correct = DecisionQueueView.action(queue, "reading-correct", "Исправить…", MaterialDesignP.PENCIL,
                () -> askCorrection(ReadingCorrection.EMPTY, null));
        Button reject = DecisionQueueView.action(queue, "reading-reject", "Отклонить…", MaterialDesignC.CLOSE,
                this::askRejection);
        return DecisionQueueView.bar(queue, "readings", accept, correct, reject);
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
        return DecisionQueueView.table(model.queue(), table, "Нет показаний, ожидающих принятия");
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

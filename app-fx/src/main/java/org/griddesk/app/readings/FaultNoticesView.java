package org.griddesk.app.readings;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.griddesk.app.ui.DecisionQueueView;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.ReasonDialog;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** «Неисправности»: the waiting fault notices and the answer to the selected one; it only binds. */
public class FaultNoticesView implements View {
    private final FaultNoticesViewModel model;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    public FaultNoticesView(FaultNoticesViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        Button answer = DecisionQueueView.action(model.queue(), "fault-answer", "Ответить…", MaterialDesignR.REPLY,
                this::askAnswer);
        answer.getStyleClass().add("accent");
        root.setTop(DecisionQueueView.bar(model.queue(), "faults", answer));
        TableView<FaultNoticeRow> table = new TableView<>();
        table.setId("faults-table");
        table.getColumns().add(TextColumns.of("Подано", FaultNoticeRow::submittedAt, 120));
        table.getColumns().add(TextColumns.of("Лицевой счёт", FaultNoticeRow::account, 110));
        table.getColumns().add(TextColumns.of("Филиал", FaultNoticeRow::branch, 150));
        table.getColumns().add(TextColumns.of("Прибор учёта", FaultNoticeRow::meter, 220));
        table.getColumns().add(TextColumns.of("Владелец", FaultNoticeRow::owner, 200));
        table.getColumns().add(TextColumns.of("Что сообщил заявитель", FaultNoticeRow::description, 380));
        root.setCenter(DecisionQueueView.table(model.queue(), table, "Нет уведомлений о неисправности, ожидающих ответа"));
    }

    private void askAnswer() {
        dialogs.showCustom(new ReasonDialog("Ответ на уведомление о неисправности",
                        "Ответ владельцу лицевого счёта (например, дата выезда специалиста)", "Отправить",
                        FaultNoticesViewModel.MAX_ANSWER_LENGTH, ""))
                .filter(text -> !text.isBlank())
                .ifPresent(model::answer);
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.accounts;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.griddesk.app.ui.DecisionQueue;
import org.griddesk.app.ui.DecisionQueueView;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.ReasonDialog;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** «Привязка счетов»: portal users' waiting link requests and the clerk's decision on one; it only binds. */
public class LinkRequestsView implements View {
    private final LinkRequestsViewModel model;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();

    public LinkRequestsView(LinkRequestsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        root.getStyleClass().add("link-requests");
        root.setTop(actions());
        root.setCenter(queue());
    }

    private Parent actions() {
        DecisionQueue<LinkRequestRow> queue = model.queue();
        Button confirm = DecisionQueueView.action(queue, "link-request-confirm", "Привязать", MaterialDesignL.LINK_VARIANT,
                model::confirm);
        confirm.getStyleClass().add("accent");
        Button refuse = DecisionQueueView.action(queue, "link-request-refuse", "Отказать…", MaterialDesignC.CLOSE,
                this::askRefusal);
        return DecisionQueueView.bar(queue, "link-requests", confirm, refuse);
    }

    private Parent queue() {
        TableView<LinkRequestRow> table = new TableView<>();
        table.setId("link-requests-table");
        table.getColumns().add(TextColumns.of("Подана", LinkRequestRow::submittedAt, 120));
        table.getColumns().add(TextColumns.of("Пользователь портала", LinkRequestRow::user, 220));
        table.getColumns().add(TextColumns.of("Филиал", LinkRequestRow::branch, 150));
        table.getColumns().add(TextColumns.of("Лицевой счёт", LinkRequestRow::account, 120));
        table.getColumns().add(TextColumns.of("Владелец (со слов пользователя)", LinkRequestRow::owner, 240));
        table.getColumns().add(TextColumns.of("Эл. квитанция", LinkRequestRow::eReceipt, 100));
        return DecisionQueueView.table(model.queue(), table, "Нет заявок на привязку лицевых счетов");
    }

    private void askRefusal() {
        dialogs.showCustom(new ReasonDialog("Отказ в привязке лицевого счёта", "Ответ пользователю портала", "Отказать",
                        LinkRequestsViewModel.MAX_ANSWER_LENGTH, model.suggestedRefusal()))
                .filter(answer -> !answer.isBlank())
                .ifPresent(model::refuse);
    }

    @Override
    public Parent root() {
        return root;
    }
}

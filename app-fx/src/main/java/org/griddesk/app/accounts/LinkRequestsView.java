package org.griddesk.app.accounts;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

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
        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId("link-requests-refresh");
        refresh.setOnAction(event -> model.reload());
        Button confirm = button("link-request-confirm", "Привязать", MaterialDesignL.LINK_VARIANT, model::confirm);
        confirm.getStyleClass().add("accent");
        Button refuse = button("link-request-refuse", "Отказать…", MaterialDesignC.CLOSE, this::askRefusal);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.loadingProperty().or(model.workingProperty()));
        Label count = new Label();
        count.setId("link-requests-count");
        count.textProperty().bind(model.countTextProperty());
        HBox buttons = new HBox(8, refresh, confirm, refuse, progress, count);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("link-requests-notice");
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
        TableView<LinkRequestRow> table = new TableView<>();
        table.setId("link-requests-table");
        table.getColumns().add(TextColumns.of("Подана", LinkRequestRow::submittedAt, 120));
        table.getColumns().add(TextColumns.of("Пользователь портала", LinkRequestRow::user, 220));
        table.getColumns().add(TextColumns.of("Филиал", LinkRequestRow::branch, 150));
        table.getColumns().add(TextColumns.of("Лицевой счёт", LinkRequestRow::account, 120));
        table.getColumns().add(TextColumns.of("Владелец (со слов пользователя)", LinkRequestRow::owner, 240));
        table.getColumns().add(TextColumns.of("Эл. квитанция", LinkRequestRow::eReceipt, 100));
        // Requests are worked oldest first, as the service gives them.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(model.rows());
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(LinkRequestsViewModel.LOADING_TITLE).otherwise("Нет заявок на привязку лицевых счетов"));
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

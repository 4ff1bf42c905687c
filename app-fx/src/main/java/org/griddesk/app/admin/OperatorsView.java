package org.griddesk.app.admin;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.access.Operator;

public class OperatorsView implements View {
    private final BorderPane root = new BorderPane();

    public OperatorsView(OperatorsViewModel model, DialogService dialogs) {
        TableView<Operator> table = new TableView<>(model.operators());
        table.setId("operators-table");
        table.getColumns().add(TextColumns.of("Имя пользователя", Operator::login, 140));
        table.getColumns().add(TextColumns.of("ФИО", Operator::fullName, 260));
        table.getColumns().add(TextColumns.of("Роли", Operator::rolesTitle, 240));
        table.getColumns().add(TextColumns.of("Право подписи", operator -> operator.canSignForOrganisation() ? "да" : "", 110));
        table.getColumns().add(TextColumns.of("Состояние", operator -> operator.enabled() ? "включена" : "отключена", 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button create = new Button("Создать");
        create.setId("operator-create");
        create.setOnAction(event -> dialogs.showCustom(new OperatorDialog(null)).ifPresent(model::create));
        Button edit = new Button("Изменить");
        edit.setId("operator-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> {
            Operator selected = table.getSelectionModel().getSelectedItem();
            dialogs.showCustom(new OperatorDialog(selected)).ifPresent(form -> model.update(selected, form));
        });
        Button reset = new Button("Сбросить пароль");
        reset.setId("operator-reset-password");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(event -> model.resetPassword(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        root.setTop(new ToolBar(create, edit, reset));
        root.setCenter(table);
        root.setBottom(status);
        model.load();
    }

    @Override
    public Parent root() {
        return root;
    }
}

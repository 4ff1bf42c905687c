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
import java.time.Instant;
import org.griddesk.core.operators.OperatorListing;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

public class OperatorsView implements View {
    private final BorderPane root = new BorderPane();

    public OperatorsView(OperatorsViewModel model, DialogService dialogs) {
        TableView<OperatorListing> table = new TableView<>(model.operators());
        table.setId("operators-table");
        table.getColumns().add(TextColumns.of("Имя пользователя", listed -> listed.operator().login(), 140));
        table.getColumns().add(TextColumns.of("ФИО", listed -> listed.operator().fullName(), 260));
        table.getColumns().add(TextColumns.of("Роли", listed -> listed.operator().rolesTitle(), 220));
        table.getColumns().add(TextColumns.of("Право подписи",
                listed -> listed.operator().canSignForOrganisation() ? "да" : "", 110));
        table.getColumns().add(TextColumns.of("Состояние", listed -> listed.operator().enabled() ? "включена" : "отключена", 100));
        table.getColumns().add(TextColumns.of("Вход", listed -> OperatorsViewModel.lockText(listed, Instant.now()), 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button create = Icons.button("Создать", MaterialDesignA.ACCOUNT_PLUS);
        create.setId("operator-create");
        create.setOnAction(event -> create(model, dialogs, null, null));
        Button edit = Icons.button("Изменить", MaterialDesignA.ACCOUNT_EDIT);
        edit.setId("operator-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> {
            edit(model, dialogs, table.getSelectionModel().getSelectedItem(), null, null);
        });
        Button reset = Icons.button("Сбросить пароль", MaterialDesignL.LOCK_RESET);
        reset.setId("operator-reset-password");
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(event -> model.resetPassword(table.getSelectionModel().getSelectedItem()));
        Button unlock = Icons.button("Разблокировать", MaterialDesignL.LOCK_OPEN_VARIANT);
        unlock.setId("operator-unlock");
        unlock.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null
                        || !table.getSelectionModel().getSelectedItem().lockedAt(Instant.now()),
                table.getSelectionModel().selectedItemProperty()));
        unlock.setOnAction(event -> model.unlock(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        root.setTop(new ToolBar(create, edit, reset, unlock));
        root.setCenter(table);
        root.setBottom(status);
        model.load();
    }

    /** «Создать», and again with the typed form after each refusal until it is created or cancelled. */
    private static void create(OperatorsViewModel model, DialogService dialogs, OperatorForm typed, String problem) {
        dialogs.showCustom(new OperatorDialog(null, typed, problem)).ifPresent(form -> model.create(form,
                (refused, reason) -> create(model, dialogs, refused, reason)));
    }

    private static void edit(OperatorsViewModel model, DialogService dialogs, OperatorListing selected,
                             OperatorForm typed, String problem) {
        dialogs.showCustom(new OperatorDialog(selected.operator(), typed, problem)).ifPresent(form -> model.update(selected,
                form, (refused, reason) -> edit(model, dialogs, selected, refused, reason)));
    }

    @Override
    public Parent root() {
        return root;
    }
}

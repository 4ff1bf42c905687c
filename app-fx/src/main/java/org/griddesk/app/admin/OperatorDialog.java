package org.griddesk.app.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;

/**
 * Create or edit an operator: login (new only), name, roles, the right to sign, enabled. After a refusal it opens
 * again with what was typed and the reason, the field at fault marked.
 */
final class OperatorDialog extends Dialog<OperatorForm> {
    /** {@code typed}: the refused form to show again; {@code problem}: why it was refused (both may be null). */
    OperatorDialog(Operator existing, OperatorForm typed, String problem) {
        setTitle(existing == null ? "Новый пользователь" : "Пользователь " + existing.login());
        setHeaderText(null);
        TextField login = new TextField(typed != null ? typed.login() : existing == null ? "" : existing.login());
        login.setId("operator-login");
        login.setDisable(existing != null);
        TextField name = new TextField(typed != null ? typed.fullName() : existing == null ? "" : existing.fullName());
        name.setId("operator-name");
        name.setPrefColumnCount(30);
        Map<Role, CheckBox> roles = new EnumMap<>(Role.class);
        VBox roleBoxes = new VBox(4);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(role.title());
            box.setId("operator-role-" + role.name().toLowerCase());
            box.setSelected(typed != null ? typed.roles().contains(role) : existing != null && existing.roles().contains(role));
            roles.put(role, box);
            roleBoxes.getChildren().add(box);
        }
        CheckBox canSign = new CheckBox("Право подписи от имени организации");
        canSign.setId("operator-can-sign");
        canSign.setSelected(typed != null ? typed.canSign() : existing != null && existing.canSignForOrganisation());
        CheckBox enabled = new CheckBox("Учётная запись включена");
        enabled.setId("operator-enabled");
        enabled.setSelected(typed != null ? typed.enabled() : existing == null || existing.enabled());
        enabled.setDisable(existing == null);

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Имя пользователя"), login);
        form.addRow(1, new Label("ФИО"), name);
        form.addRow(2, new Label("Роли"), roleBoxes);
        form.add(canSign, 1, 3);
        form.add(enabled, 1, 4);
        if (problem != null) {
            form.add(FieldProblem.label(problem), 1, 5);
            FieldProblem.mark(fieldAtFault(problem, login, name, roleBoxes));
        }
        getDialogPane().setContent(form);
        ButtonType save = new ButtonType(existing == null ? "Создать" : "Сохранить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, RussianButtons.CANCEL);
        setOnShown(event -> (existing == null ? login : name).requestFocus());
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            roles.forEach((role, box) -> {
                if (box.isSelected()) {
                    chosen.add(role);
                }
            });
            return new OperatorForm(login.getText(), name.getText(), chosen, canSign.isSelected(), enabled.isSelected());
        });
    }

    /** The service words its refusals by field: the one it names gets the error style. */
    private static Node fieldAtFault(String problem, TextField login, TextField name, VBox roles) {
        return problem.startsWith("Имя пользователя") ? login
                : problem.contains("ФИО") ? name : problem.contains("рол") ? roles : null;
    }
}

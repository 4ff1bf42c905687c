package org.griddesk.app.cases;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.cases.Assignee;
import org.griddesk.core.cases.CaseAssignment;

/** «Назначить исполнителя»: whom the chosen cases go to, and why (the reason is in each case's history). */
final class AssignDialog extends Dialog<AssignDialog.Choice> {
    /** The operator chosen ({@link #NOBODY} takes the cases back into the common queue) and the reason typed. */
    record Choice(Assignee assignee, String reason) {
    }

    static final Assignee NOBODY = new Assignee(0, "— без исполнителя —", true);

    /** {@code typed}: the refused choice to show again, or null; {@code problem}: why it was refused, or null. */
    AssignDialog(int cases, List<Assignee> assignees, Choice typed, String problem) {
        setTitle("Назначить исполнителя");
        setHeaderText("Выбрано обращений: " + cases);
        ComboBox<Assignee> whom = new ComboBox<>();
        whom.setId("assign-whom");
        whom.getItems().add(NOBODY);
        whom.getItems().addAll(assignees);
        whom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Assignee assignee) {
                return assignee == null ? "" : assignee.fullName();
            }

            @Override
            public Assignee fromString(String text) {
                return null;
            }
        });
        whom.setPrefWidth(360);
        TextField reason = new TextField(typed == null ? "" : typed.reason());
        reason.setId("assign-reason");
        reason.setPromptText("Например: перераспределение на время отпуска");
        reason.setPrefColumnCount(40);
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= CaseAssignment.MAX_REASON ? change : null));
        if (typed != null) {
            whom.setValue(typed.assignee());
        }
        VBox content = new VBox(8, new Label("Исполнитель"), whom, new Label("Причина"), reason);
        FieldProblem.show(content, problem, reason);
        getDialogPane().setContent(content);
        ButtonType assign = new ButtonType("Назначить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(assign, RussianButtons.CANCEL);
        getDialogPane().lookupButton(assign).disableProperty().bind(whom.valueProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                        reason.textProperty())));
        setResultConverter(button -> button == assign ? new Choice(whom.getValue(), reason.getText()) : null);
        setOnShown(event -> whom.requestFocus());
    }
}

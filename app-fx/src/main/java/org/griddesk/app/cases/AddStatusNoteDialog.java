package org.griddesk.app.cases;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.cases.CaseStatuses;

/** "Добавить статус": a short progress note for the applicant, such as "Ведется проектирование". */
final class AddStatusNoteDialog extends Dialog<String> {
    /** {@code typed}: the refused note to show again ("" for a new one); {@code problem}: why, or null. */
    AddStatusNoteDialog(String typed, String problem) {
        setTitle("Добавить статус");
        setHeaderText(null);
        TextField text = new TextField(typed);
        text.setId("status-note-text");
        text.setPromptText("Например: Ведется проектирование");
        text.setPrefColumnCount(40);
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= CaseStatuses.MAX_LENGTH ? change : null));
        VBox content = new VBox(8, new Label("Статус"), text);
        FieldProblem.show(content, problem, text);
        getDialogPane().setContent(content);
        ButtonType add = new ButtonType("Добавить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(add, RussianButtons.CANCEL);
        getDialogPane().lookupButton(add).disableProperty().bind(text.textProperty().map(String::isBlank));
        setResultConverter(button -> button == add ? text.getText() : null);
        setOnShown(event -> text.requestFocus());
    }
}

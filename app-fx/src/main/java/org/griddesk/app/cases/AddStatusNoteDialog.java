package org.griddesk.app.cases;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.griddesk.app.ui.RussianButtons;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import org.griddesk.core.cases.CaseStatuses;

/** "Добавить статус": a short progress note for the applicant, such as "Ведется проектирование". */
final class AddStatusNoteDialog extends Dialog<String> {
    AddStatusNoteDialog() {
        setTitle("Добавить статус");
        setHeaderText(null);
        TextField text = new TextField();
        text.setId("status-note-text");
        text.setPromptText("Например: Ведется проектирование");
        text.setPrefColumnCount(40);
        text.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= CaseStatuses.MAX_LENGTH ? change : null));
        getDialogPane().setContent(new VBox(8, new Label("Статус"), text));
        ButtonType add = new ButtonType("Добавить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(add, RussianButtons.CANCEL);
        getDialogPane().lookupButton(add).disableProperty().bind(text.textProperty().map(String::isBlank));
        setResultConverter(button -> button == add ? text.getText() : null);
    }
}

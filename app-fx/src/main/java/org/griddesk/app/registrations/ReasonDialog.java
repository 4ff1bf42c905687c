package org.griddesk.app.registrations;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.registrations.RegistrationService;

/** Asks the reason of a rejection, a correction request or a block; the applicant may receive it by e-mail. */
final class ReasonDialog extends Dialog<String> {
    ReasonDialog(String title, String prompt, String action) {
        setTitle(title);
        setHeaderText(null);
        TextArea text = new TextArea();
        text.setId("reason-text");
        text.setPromptText(prompt);
        text.setWrapText(true);
        text.setPrefColumnCount(45);
        text.setPrefRowCount(5);
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= RegistrationService.MAX_REASON_LENGTH ? change : null));
        getDialogPane().setContent(new VBox(8, new Label(prompt), text));
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, RussianButtons.CANCEL);
        getDialogPane().lookupButton(ok).setId("reason-ok");
        // The reason is required: an empty one would reach the applicant as a blank letter.
        getDialogPane().lookupButton(ok).disableProperty().bind(text.textProperty().map(String::isBlank));
        setResultConverter(button -> button == ok ? text.getText().strip() : null);
        setOnShown(event -> text.requestFocus());
    }
}

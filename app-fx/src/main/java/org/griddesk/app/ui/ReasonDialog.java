package org.griddesk.app.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

/**
 * Asks the reason of a rejection, a correction or a block, at most {@code maxLength} characters; the applicant may
 * receive it by e-mail. {@code initial}: a suggested text the clerk may keep or change.
 */
public final class ReasonDialog extends Dialog<String> {
    public ReasonDialog(String title, String prompt, String action, int maxLength, String initial) {
        setTitle(title);
        setHeaderText(null);
        TextArea text = new TextArea();
        text.setId("reason-text");
        text.setPromptText(prompt);
        text.setWrapText(true);
        text.setPrefColumnCount(45);
        text.setPrefRowCount(5);
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= maxLength ? change : null));
        text.setText(initial == null ? "" : initial);
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

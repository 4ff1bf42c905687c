package org.griddesk.app.cases;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.web.HTMLEditor;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.app.ui.RussianHtmlEditor;

/**
 * "Добавить сообщение": formatted text; the service sanitises the HTML before it is stored. After a refusal it
 * opens again with the typed text and the reason.
 */
final class AddMessageDialog extends Dialog<String> {
    /** {@code typed}: the refused text to show again ("" for a new message); {@code problem}: why, or null. */
    AddMessageDialog(String typed, String problem) {
        setTitle("Добавить сообщение");
        setHeaderText("Сообщение увидит заявитель в личном кабинете");
        HTMLEditor editor = RussianHtmlEditor.create();
        editor.setId("message-editor");
        editor.setPrefSize(780, 320);
        editor.setHtmlText(typed);
        VBox content = new VBox(8, editor);
        FieldProblem.show(content, problem, editor);
        getDialogPane().setContent(content);
        ButtonType send = new ButtonType("Отправить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(send, RussianButtons.CANCEL);
        setResultConverter(button -> button == send ? editor.getHtmlText() : null);
        // Enter starts a new line in the message; Ctrl+Enter (or the button) sends it.
        Button sendButton = (Button) getDialogPane().lookupButton(send);
        sendButton.setDefaultButton(false);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                sendButton.fire();
            }
        });
        sendButton.setTooltip(new Tooltip("Ctrl+Enter"));
        // Typing must go into the text, not to the default button.
        setOnShown(event -> Platform.runLater(() -> {
            Node text = editor.lookup("WebView");
            (text != null ? text : editor).requestFocus();
        }));
    }
}

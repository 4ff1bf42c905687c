package org.griddesk.app.cases;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.griddesk.app.ui.RussianButtons;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.HTMLEditor;
import org.griddesk.app.ui.RussianHtmlEditor;

/** "Добавить сообщение": formatted text; the service sanitises the HTML before it is stored. */
final class AddMessageDialog extends Dialog<String> {
    AddMessageDialog() {
        setTitle("Добавить сообщение");
        setHeaderText("Сообщение увидит заявитель в личном кабинете");
        HTMLEditor editor = RussianHtmlEditor.create();
        editor.setId("message-editor");
        editor.setPrefSize(780, 320);
        getDialogPane().setContent(editor);
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
        sendButton.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Enter"));
        // Typing must go into the text, not to the default button.
        setOnShown(event -> Platform.runLater(() -> {
            Node text = editor.lookup("WebView");
            (text != null ? text : editor).requestFocus();
        }));
    }
}

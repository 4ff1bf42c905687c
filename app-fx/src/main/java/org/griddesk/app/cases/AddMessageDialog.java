package org.griddesk.app.cases;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.griddesk.app.ui.RussianButtons;
import javafx.scene.web.HTMLEditor;

/** "Добавить сообщение": formatted text; the service sanitises the HTML before it is stored. */
final class AddMessageDialog extends Dialog<String> {
    AddMessageDialog() {
        setTitle("Добавить сообщение");
        setHeaderText("Сообщение увидит заявитель в личном кабинете");
        HTMLEditor editor = new HTMLEditor();
        editor.setId("message-editor");
        editor.setPrefSize(640, 320);
        getDialogPane().setContent(editor);
        ButtonType send = new ButtonType("Отправить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(send, RussianButtons.CANCEL);
        setResultConverter(button -> button == send ? editor.getHtmlText() : null);
        // Typing must go into the text, not to the default button.
        setOnShown(event -> Platform.runLater(() -> {
            Node text = editor.lookup("WebView");
            (text != null ? text : editor).requestFocus();
        }));
    }
}

package org.griddesk.app.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToolBar;
import javafx.scene.web.HTMLEditor;

/**
 * The rich-text editor with a Russian toolbar. JavaFX ships no Russian words for it, and its own resource bundle
 * cannot be extended from outside its module, so the toolbar's tooltips and list entries are translated once the
 * skin has built them (the entries keep their English values, which the editor acts on, and only show Russian).
 */
public final class RussianHtmlEditor {
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("Cut", "Вырезать"), Map.entry("Copy", "Копировать"), Map.entry("Paste", "Вставить"),
            Map.entry("Undo", "Отменить"), Map.entry("Redo", "Повторить"),
            Map.entry("Insert Horizontal Rule", "Горизонтальная линия"), Map.entry("Left-Align", "По левому краю"),
            Map.entry("Center", "По центру"), Map.entry("Right-Align", "По правому краю"), Map.entry("Justify", "По ширине"),
            Map.entry("Bullets", "Маркированный список"), Map.entry("Numbers", "Нумерованный список"),
            Map.entry("Indent", "Увеличить отступ"), Map.entry("Outdent", "Уменьшить отступ"),
            Map.entry("Format", "Стиль абзаца"), Map.entry("Paragraph", "Обычный текст"),
            Map.entry("Heading 1", "Заголовок 1"), Map.entry("Heading 2", "Заголовок 2"), Map.entry("Heading 3", "Заголовок 3"),
            Map.entry("Heading 4", "Заголовок 4"), Map.entry("Heading 5", "Заголовок 5"), Map.entry("Heading 6", "Заголовок 6"),
            Map.entry("Font Family", "Шрифт"), Map.entry("Font Size", "Размер шрифта"), Map.entry("Bold", "Полужирный"),
            Map.entry("Italic", "Курсив"), Map.entry("Underline", "Подчёркнутый"), Map.entry("Strikethrough", "Зачёркнутый"),
            Map.entry("Foreground Color", "Цвет текста"), Map.entry("Background Color", "Цвет фона"));

    private RussianHtmlEditor() {
    }

    public static HTMLEditor create() {
        HTMLEditor editor = new HTMLEditor();
        editor.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> translateWhenBuilt(editor, 20));
            }
        });
        return editor;
    }

    /** The skin builds its toolbars some pulses after the editor enters a scene: look again until they are there. */
    private static void translateWhenBuilt(HTMLEditor editor, int attemptsLeft) {
        var bars = editor.lookupAll(".tool-bar");
        if (bars.isEmpty() && attemptsLeft > 0) {
            Platform.runLater(() -> translateWhenBuilt(editor, attemptsLeft - 1));
            return;
        }
        // Also the items a narrow toolbar has moved into its overflow menu.
        for (Node bar : bars) {
            if (bar instanceof ToolBar toolBar) {
                toolBar.getItems().forEach(RussianHtmlEditor::translate);
            }
        }
    }

    private static void translate(Node item) {
        if (item instanceof Control control && control.getTooltip() != null) {
            control.getTooltip().setText(russian(control.getTooltip().getText()));
        }
        if (item instanceof ComboBox<?> list) {
            showInRussian(list);
        }
    }

    private static <T> void showInRussian(ComboBox<T> list) {
        list.setCellFactory(view -> new RussianCell<>());
        list.setButtonCell(new RussianCell<>());
    }

    private static String russian(String english) {
        return english == null ? null : WORDS.getOrDefault(english, english.replace(" pt", " пт"));
    }

    private static final class RussianCell<T> extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : russian(item.toString()));
        }
    }
}

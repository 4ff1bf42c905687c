package org.griddesk.app.ui;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.layout.StackPane;
import javafx.scene.web.HTMLEditor;
import javafx.stage.Stage;
import org.griddesk.app.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RussianHtmlEditorTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @Test
    void theToolbarSpeaksRussianAndTheFormatListStillActsOnItsOwnValues() {
        HTMLEditor editor = Fx.call(() -> {
            HTMLEditor created = RussianHtmlEditor.create();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(created), 800, 400));
            stage.show();
            return created;
        });
        Fx.waitUntil("the toolbar is translated", () -> Fx.call(() -> tooltips(editor).contains("Полужирный")));
        List<String> tooltips = Fx.call(() -> tooltips(editor));
        assertThat(tooltips).contains("Курсив", "Маркированный список", "Цвет текста")
                .noneMatch(text -> RussianHtmlEditor.WORDS.containsKey(text));
        ComboBox<?> format = Fx.call(() -> items(editor).stream()
                .filter(node -> node instanceof ComboBox<?> list && "Paragraph".equals(String.valueOf(list.getValue())))
                .map(node -> (ComboBox<?>) node).findFirst().orElseThrow());
        assertThat(Fx.call(() -> format.getButtonCell().getText())).isEqualTo("Обычный текст");
        Fx.run(() -> editor.getScene().getWindow().hide());
    }

    private static List<javafx.scene.Node> items(HTMLEditor editor) {
        return editor.lookupAll(".tool-bar").stream()
                .flatMap(bar -> ((javafx.scene.control.ToolBar) bar).getItems().stream()).toList();
    }

    private static List<String> tooltips(HTMLEditor editor) {
        return items(editor).stream().filter(node -> node instanceof Control control && control.getTooltip() != null)
                .map(node -> ((Control) node).getTooltip().getText()).toList();
    }
}

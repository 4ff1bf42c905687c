package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.griddesk.app.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortcutsTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    private static KeyEvent pressed(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    @Test
    void aFocusedFieldCannotSwallowAShortcutAndLeavingTakesThemAway() {
        List<String> ran = new ArrayList<>();
        Shortcuts shortcuts = new Shortcuts()
                .add("F5", "F5", "обновить", () -> ran.add("F5"))
                .add("Shortcut+W", "Ctrl+W или Esc", "закрыть карточку", () -> ran.add("close"))
                .add("Esc", "Ctrl+W или Esc", "закрыть карточку", () -> ran.add("close"));
        Fx.run(() -> {
            TextField field = new TextField();
            StackPane area = new StackPane(field);
            new Scene(area);
            shortcuts.install(area);
            Event.fireEvent(field, pressed(KeyCode.ESCAPE));
            Event.fireEvent(field, pressed(KeyCode.F5));
            Event.fireEvent(field, pressed(KeyCode.A));
            area.setDisable(true); // under the idle lock's curtain
            Event.fireEvent(field, pressed(KeyCode.F5));
            area.setDisable(false);
            shortcuts.uninstall();
            Event.fireEvent(field, pressed(KeyCode.F5));
        });
        assertThat(ran).containsExactly("close", "F5");
        assertThat(shortcuts.help()).isEqualTo("F5 — обновить\nCtrl+W или Esc — закрыть карточку");
    }
}

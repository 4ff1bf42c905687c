package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import org.griddesk.app.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortcutsTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @Test
    void theHelpListsWhatIsOnTheSceneAndLeavingTakesItAway() {
        List<String> ran = new ArrayList<>();
        Shortcuts shortcuts = new Shortcuts()
                .add("F5", "F5", "обновить", () -> ran.add("F5"))
                .add("Shortcut+W", "Ctrl+W или Esc", "закрыть карточку", () -> ran.add("close"))
                .add("Esc", "Ctrl+W или Esc", "закрыть карточку", () -> ran.add("close"));
        Fx.run(() -> {
            Scene scene = new Scene(new Pane());
            shortcuts.install(scene);
            scene.getAccelerators().get(KeyCombination.keyCombination("F5")).run();
            assertThat(scene.getAccelerators()).hasSize(3);
            shortcuts.uninstall();
            assertThat(scene.getAccelerators()).isEmpty();
        });
        assertThat(ran).containsExactly("F5");
        assertThat(shortcuts.help()).isEqualTo("F5 — обновить\nCtrl+W или Esc — закрыть карточку");
    }
}

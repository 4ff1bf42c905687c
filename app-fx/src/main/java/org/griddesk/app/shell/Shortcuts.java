package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts, each with what it does in words: put on the scene (they work wherever the focus
 * is) and listed by F1 «Горячие клавиши» from the same table, so the help never lists a key that does nothing.
 */
final class Shortcuts {
    record Shortcut(KeyCombination keys, String shown, String description, Runnable action) {
    }

    private final List<Shortcut> shortcuts = new ArrayList<>();
    private Scene scene;

    Shortcuts add(String keys, String shown, String description, Runnable action) {
        shortcuts.add(new Shortcut(KeyCombination.keyCombination(keys), shown, description, action));
        return this;
    }

    void install(Scene target) {
        uninstall();
        scene = target;
        shortcuts.forEach(shortcut -> target.getAccelerators().put(shortcut.keys(), shortcut.action()));
    }

    void uninstall() {
        if (scene != null) {
            shortcuts.forEach(shortcut -> scene.getAccelerators().remove(shortcut.keys()));
            scene = null;
        }
    }

    /** One line per shortcut, as F1 shows them. */
    String help() {
        return shortcuts.stream().map(shortcut -> shortcut.shown() + " — " + shortcut.description())
                .distinct().collect(Collectors.joining("\n"));
    }
}

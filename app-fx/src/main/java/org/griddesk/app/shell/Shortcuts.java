package org.griddesk.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts, each with what it does in words: caught on the scene before any control (so a
 * focused field or link cannot swallow Esc or Ctrl+S, and they work when nothing has the focus), but only while the
 * working area is enabled — the idle lock disables it under its curtain. F1 «Горячие клавиши» lists them from the
 * same table, so the help never lists a key that does nothing. Dialogs and pop-ups are windows of their own.
 */
final class Shortcuts {
    record Shortcut(KeyCombination keys, String shown, String description, Runnable action) {
    }

    private final List<Shortcut> shortcuts = new ArrayList<>();
    private final EventHandler<KeyEvent> handler = this::handle;
    private final ChangeListener<Scene> follow = (observable, old, scene) -> {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
        }
    };
    private Node area;

    Shortcuts add(String keys, String shown, String description, Runnable action) {
        shortcuts.add(new Shortcut(KeyCombination.keyCombination(keys), shown, description, action));
        return this;
    }

    /** On whatever scene {@code workingArea} is in, for as long as it is there. */
    void install(Node workingArea) {
        uninstall();
        area = workingArea;
        workingArea.sceneProperty().addListener(follow);
        follow.changed(workingArea.sceneProperty(), null, workingArea.getScene());
    }

    void uninstall() {
        if (area != null) {
            area.sceneProperty().removeListener(follow);
            follow.changed(area.sceneProperty(), area.getScene(), null);
            area = null;
        }
    }

    private void handle(KeyEvent event) {
        if (area == null || area.isDisabled()) {
            return;
        }
        shortcuts.stream().filter(shortcut -> shortcut.keys().match(event)).findFirst().ifPresent(shortcut -> {
            event.consume();
            shortcut.action().run();
        });
    }

    /** One line per shortcut, as F1 shows them. */
    String help() {
        return shortcuts.stream().map(shortcut -> shortcut.shown() + " — " + shortcut.description())
                .distinct().collect(Collectors.joining("\n"));
    }
}

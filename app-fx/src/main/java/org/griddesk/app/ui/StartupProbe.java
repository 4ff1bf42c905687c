package org.griddesk.app.ui;

import javafx.scene.Scene;

/**
 * For the start-up benchmark ({@code installer/bench-startup.sh}): with {@code GRIDDESK_EXIT_WHEN_SHOWN=true} the
 * process ends as soon as the first form a user can work with has been laid out in its window. It halts rather
 * than exits, so that the time measured ends there and not after the shutdown of what still starts behind it.
 */
public final class StartupProbe {
    private static final boolean ACTIVE = Boolean.parseBoolean(System.getenv("GRIDDESK_EXIT_WHEN_SHOWN"));

    private StartupProbe() {
    }

    public static void exitWhenShown(Scene scene) {
        if (ACTIVE) {
            scene.addPostLayoutPulseListener(() -> Runtime.getRuntime().halt(0));
        }
    }
}

package org.griddesk.app.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Dialog buttons in Russian whatever the workstation's locale: JavaFX's own ButtonTypes follow the JVM's. */
public final class RussianButtons {
    public static final ButtonType CANCEL = new ButtonType("Отмена", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType YES = new ButtonType("Да", ButtonBar.ButtonData.YES);
    public static final ButtonType NO = new ButtonType("Нет", ButtonBar.ButtonData.NO);
    public static final ButtonType CLOSE = new ButtonType("Закрыть", ButtonBar.ButtonData.OK_DONE);

    private RussianButtons() {
    }
}

package org.griddesk.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** A refused form shown again: the reason under its fields and the field at fault marked. */
public final class FieldProblem {
    private FieldProblem() {
    }

    /** Adds the reason at the end of {@code form}; nothing when {@code problem} is null (the form's first showing). */
    public static void show(Pane form, String problem, Node fault) {
        if (problem != null) {
            form.getChildren().add(label(problem));
            mark(fault);
        }
    }

    public static Label label(String problem) {
        Label error = new Label(problem);
        error.setId("field-problem");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        return error;
    }

    public static void mark(Node fault) {
        if (fault != null) {
            fault.getStyleClass().add("field-invalid");
        }
    }
}

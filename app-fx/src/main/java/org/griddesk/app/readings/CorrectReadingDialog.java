package org.griddesk.app.readings;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;

/** «Исправить показание»: the new value, «Переход через ноль» and the required reason the owner will receive. */
final class CorrectReadingDialog extends Dialog<ReadingCorrection> {
    /** {@code typed}: the refused input to show again; {@code problem}: why it was refused, or null. */
    CorrectReadingDialog(ReadingQueueRow row, ReadingCorrection typed, String problem) {
        setTitle("Исправление показания");
        setHeaderText("Лицевой счёт № " + row.account() + ", прибор учёта № " + row.meter() + "\nПередано: "
                + row.value() + ", предыдущее: " + row.previous());
        TextField value = new TextField(typed.value());
        value.setId("correction-value");
        value.setPromptText("Например: 12345,6");
        value.setPrefColumnCount(14);
        CheckBox rollover = new CheckBox("Переход через ноль");
        rollover.setId("correction-rollover");
        rollover.setSelected(typed.rollover());
        TextArea reason = new TextArea(typed.reason());
        reason.setId("correction-reason");
        reason.setPromptText("Причина исправления (её получит владелец счёта)");
        reason.setWrapText(true);
        reason.setPrefColumnCount(45);
        reason.setPrefRowCount(4);
        reason.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= ReadingsViewModel.MAX_REASON_LENGTH ? change : null));
        VBox form = new VBox(8, new Label("Исправленное показание"), value, rollover, new Label("Причина исправления"),
                reason);
        FieldProblem.show(form, problem, null);
        getDialogPane().setContent(form);
        ButtonType correct = new ButtonType("Исправить и принять", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(correct, RussianButtons.CANCEL);
        getDialogPane().lookupButton(correct).setId("correction-ok");
        // Both are required; the view model still checks what the number is.
        getDialogPane().lookupButton(correct).disableProperty().bind(Bindings.createBooleanBinding(
                () -> value.getText().isBlank() || reason.getText().isBlank(),
                value.textProperty(), reason.textProperty()));
        setResultConverter(button -> button == correct
                ? new ReadingCorrection(value.getText(), rollover.isSelected(), reason.getText()) : null);
        setOnShown(event -> value.requestFocus());
    }
}

package org.griddesk.app.accounts;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.readings.Meter;

/** Asks the reading a customer gives on the phone, and whether the dial passed its maximum since the last one. */
final class PhoneReadingDialog extends Dialog<PhoneReadingDialog.Input> {
    /** As typed; the view model parses it and says in Russian what is wrong. */
    record Input(String value, boolean rollover) {
    }

    PhoneReadingDialog(Meter meter) {
        setTitle("Показание со слов заявителя");
        setHeaderText("Прибор учёта № " + meter.serialNumber() + " · " + meter.service() + ", " + meter.zone());
        TextField value = new TextField();
        value.setId("phone-reading-value");
        value.setPromptText("Например, 12345,6");
        CheckBox rollover = new CheckBox("Переход через ноль (счётчик прошёл " + "9".repeat(meter.digits()) + ")");
        rollover.setId("phone-reading-rollover");
        getDialogPane().setContent(new VBox(8, new Label("Текущие показания"), value, rollover));
        ButtonType pass = new ButtonType("Передать показания", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(pass, RussianButtons.CANCEL);
        getDialogPane().lookupButton(pass).setId("phone-reading-ok");
        getDialogPane().lookupButton(pass).disableProperty().bind(value.textProperty().map(String::isBlank));
        setResultConverter(button -> button == pass ? new Input(value.getText(), rollover.isSelected()) : null);
        setOnShown(event -> value.requestFocus());
    }
}

package org.griddesk.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as real windows owned by the main window. */
public class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(RussianButtons.YES, RussianButtons.NO);
        // The safe answer is the default: Enter on a «Удалить?» question keeps the document.
        ((Button) alert.getDialogPane().lookupButton(RussianButtons.YES)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(RussianButtons.NO)).setDefaultButton(true);
        return alert.showAndWait().filter(RussianButtons.YES::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        ButtonType save = new ButtonType("Сохранить", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Не сохранять", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(save, discard, RussianButtons.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.filter(save::equals).isPresent() ? SaveChoice.SAVE
                : answer.filter(discard::equals).isPresent() ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedFileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public <T> Optional<T> showCustom(Dialog<T> dialog) {
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", RussianButtons.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        // A wrapping label: long Russian messages must not be cut with "…".
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}

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
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as real windows owned by the main window. */
public class FxDialogService implements DialogService {
    private final Window owner;
    private final FileFolders folders = FileFolders.forThisUser();

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        // Selectable text: a one-time password, a number or a list of shortcuts can be copied from here.
        TextArea text = new TextArea(message);
        text.setId("info-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(48);
        text.setPrefRowCount(Math.min(16, (int) message.lines().count() + 1));
        text.getStyleClass().add("selectable-message");
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
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
        FileChooser chooser = chooser(title);
        return remembered(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedFileName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedFileName);
        return remembered(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folders.start().toFile());
        return chooser;
    }

    private Optional<Path> remembered(File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.ifPresent(folders::remember);
        return path;
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

package org.griddesk.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Dialog;

/** Every dialog the application shows goes through here, so view models stay testable without windows. */
public interface DialogService {
    void showError(String title, String message);

    /** Shows what went wrong in words for the operator; details go to the log only. */
    default void showError(Throwable failure) {
        showError("Ошибка", UserMessages.describe(failure));
    }

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** «Сохранить» / «Не сохранять» / «Отмена»; closing the window counts as «Отмена». */
    SaveChoice askToSave(String title, String message);

    Optional<Path> chooseFileToOpen(String title);

    Optional<Path> chooseFileToSave(String title, String suggestedFileName);

    <T> Optional<T> showCustom(Dialog<T> dialog);
}

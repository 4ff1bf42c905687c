package org.griddesk.app.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.SaveChoice;

/** Answers dialogs from a script and records what was shown, so view models are tested without windows. */
public final class RecordingDialogService implements DialogService {
    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    private final List<String> suggestedNames = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public synchronized boolean confirm(String title, String message) {
        return confirmations.isEmpty() || confirmations.pop();
    }

    @Override
    public synchronized SaveChoice askToSave(String title, String message) {
        questions.add(title + ": " + message);
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    public synchronized void answerSaveQuestion(SaveChoice answer) {
        saveAnswers.add(answer);
    }

    /** The «Сохранить изменения?» questions asked so far. */
    public synchronized List<String> saveQuestions() {
        return List.copyOf(questions);
    }

    @Override
    public synchronized Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public synchronized Optional<Path> chooseFileToSave(String title, String suggestedFileName) {
        suggestedNames.add(suggestedFileName);
        return Optional.ofNullable(files.poll());
    }

    /** The file names save dialogs suggested so far. */
    public synchronized List<String> suggestedNames() {
        return List.copyOf(suggestedNames);
    }

    @Override
    public <T> Optional<T> showCustom(Dialog<T> dialog) {
        return Optional.empty();
    }

    public synchronized void answerConfirmation(boolean answer) {
        confirmations.add(answer);
    }

    public synchronized void chooseFile(Path file) {
        files.add(file);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized List<String> infos() {
        return List.copyOf(infos);
    }
}

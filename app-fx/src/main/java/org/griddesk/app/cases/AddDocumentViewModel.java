package org.griddesk.app.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.griddesk.core.cases.CaseService;

/**
 * "Добавить документ": the chosen file (an empty one or one over 50 MB is refused before anything is read), the
 * document's name (from the dictionary or typed), a comment, and whether both sides must sign it.
 */
public class AddDocumentViewModel {
    private final List<String> documentNames;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("Файл не выбран");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringProperty documentName = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty twoSided = new SimpleBooleanProperty(false);
    private final BooleanBinding complete;

    AddDocumentViewModel(List<String> documentNames) {
        this.documentNames = documentNames;
        complete = Bindings.createBooleanBinding(() -> file.get() != null && problem.get().isEmpty()
                && documentName.get() != null && !documentName.get().isBlank(), file, problem, documentName);
    }

    /** Reads only the file's size; a missing or too large file is named in {@link #problemProperty()}. */
    public void choose(Path chosen) {
        long size;
        try {
            size = Files.size(chosen);
        } catch (IOException e) {
            file.set(null);
            fileText.set(chosen.getFileName().toString());
            problem.set("Файл недоступен: " + chosen);
            return;
        }
        file.set(chosen);
        fileText.set(chosen.getFileName() + " (" + FileSizes.describe(size) + ")");
        if (documentName.get() == null || documentName.get().isBlank()) {
            documentName.set(nameFor(chosen.getFileName().toString()));
        }
        problem.set(size > CaseService.MAX_DOCUMENT_BYTES ? CaseService.DOCUMENT_TOO_LARGE
                : size == 0 ? CaseService.DOCUMENT_EMPTY : "");
    }

    /** The dictionary's name when the file is called so («оферта договора.pdf»), else the file's name without extension. */
    String nameFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String bare = (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').strip();
        return documentNames.stream().filter(name -> name.equalsIgnoreCase(bare)).findFirst().orElse(bare);
    }

    /** What the dialog collected, once it is complete. */
    public DocumentToAdd result() {
        return new DocumentToAdd(file.get(), documentName.get().trim(), comment.get(), twoSided.get());
    }

    public List<String> documentNames() {
        return documentNames;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty documentNameProperty() {
        return documentName;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public BooleanProperty twoSidedProperty() {
        return twoSided;
    }

    public BooleanBinding completeBinding() {
        return complete;
    }
}

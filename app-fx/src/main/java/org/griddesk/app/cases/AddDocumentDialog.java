package org.griddesk.app.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import org.griddesk.app.ui.RussianButtons;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import org.griddesk.app.ui.DialogService;
import org.griddesk.core.cases.CaseService;

/**
 * "Добавить документ": file, name, comment and whether both sides must sign it. A file over 50 MB can't be chosen.
 * The names offered are the active entries of the administrator's dictionary; any other name may be typed.
 */
final class AddDocumentDialog extends Dialog<DocumentToAdd> {
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    AddDocumentDialog(DialogService dialogs, List<String> documentNames) {
        setTitle("Добавить документ");
        setHeaderText(null);
        Label chosen = new Label("Файл не выбран");
        chosen.setId("document-file");
        Label problem = new Label();
        problem.setId("document-problem");
        problem.getStyleClass().add("field-error");
        Button choose = new Button("Выбрать файл…");
        choose.setId("choose-document-file");
        choose.setOnAction(event -> dialogs.chooseFileToOpen("Выберите файл документа").ifPresent(path -> {
            file.set(path);
            chosen.setText(path.getFileName() + " (" + FileSizes.describe(sizeOf(path)) + ")");
            problem.setText(sizeOf(path) > CaseService.MAX_DOCUMENT_BYTES ? CaseService.DOCUMENT_TOO_LARGE : "");
        }));
        ComboBox<String> name = new ComboBox<>();
        name.setId("document-name");
        name.setEditable(true);
        name.getItems().setAll(documentNames);
        name.setPromptText("Название документа");
        name.setMaxWidth(Double.MAX_VALUE);
        TextArea comment = new TextArea();
        comment.setId("document-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        CheckBox twoSided = new CheckBox("Необходима двухсторонняя электронная подпись");
        twoSided.setId("document-two-sided");

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Файл"), choose, chosen);
        form.add(problem, 1, 1, 2, 1);
        form.addRow(2, new Label("Название"), name);
        GridPane.setColumnSpan(name, 2);
        form.addRow(3, new Label("Комментарий"), comment);
        GridPane.setColumnSpan(comment, 2);
        form.add(twoSided, 1, 4, 2, 1);
        form.setPrefWidth(560);
        getDialogPane().setContent(form);

        ButtonType add = new ButtonType("Добавить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(add, RussianButtons.CANCEL);
        getDialogPane().lookupButton(add).disableProperty().bind(Bindings.createBooleanBinding(
                () -> file.get() == null || !problem.getText().isEmpty() || editorText(name).isBlank(),
                file, problem.textProperty(), name.getEditor().textProperty(), name.valueProperty()));
        setResultConverter(button -> button == add
                ? new DocumentToAdd(file.get(), editorText(name).trim(), comment.getText(), twoSided.isSelected())
                : null);
    }

    private static String editorText(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        return typed != null && !typed.isBlank() ? typed : box.getValue() == null ? "" : box.getValue();
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}

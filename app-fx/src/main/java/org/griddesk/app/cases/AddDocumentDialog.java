package org.griddesk.app.cases;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * "Добавить документ": the form of {@link AddDocumentViewModel}. The names offered are the active entries of the
 * administrator's dictionary; any other name may be typed.
 */
final class AddDocumentDialog extends Dialog<DocumentToAdd> {

    AddDocumentDialog(AddDocumentViewModel model, DialogService dialogs) {
        setTitle("Добавить документ");
        setHeaderText(null);
        Label chosen = new Label();
        chosen.setId("document-file");
        chosen.textProperty().bind(model.fileTextProperty());
        Label problem = new Label();
        problem.setId("document-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        Button choose = Icons.button("Выбрать файл…", MaterialDesignF.FOLDER_OPEN);
        choose.setId("choose-document-file");
        choose.setOnAction(event -> dialogs.chooseFileToOpen("Выберите файл документа").ifPresent(model::choose));
        ComboBox<String> name = new ComboBox<>();
        name.setId("document-name");
        name.setEditable(true);
        name.getItems().setAll(model.documentNames());
        name.setPromptText("Название документа");
        name.setMaxWidth(Double.MAX_VALUE);
        // The editor's text is the truth: a name typed but not picked counts.
        name.getEditor().textProperty().bindBidirectional(model.documentNameProperty());
        TextArea comment = new TextArea();
        comment.setId("document-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(model.commentProperty());
        CheckBox twoSided = new CheckBox("Необходима двухсторонняя электронная подпись");
        twoSided.setId("document-two-sided");
        twoSided.selectedProperty().bindBidirectional(model.twoSidedProperty());

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
        getDialogPane().lookupButton(add).disableProperty().bind(model.completeBinding().not());
        setResultConverter(button -> button == add ? model.result() : null);
    }
}

package org.griddesk.app.signing;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.signing.KeySourceKind;
import org.griddesk.core.signing.OrganisationSigner;
import org.griddesk.app.ui.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

/** "Подписать": the form of {@link SignDocumentViewModel}; its result is the unlocked key, ready to sign. */
public final class SignDocumentDialog extends Dialog<OrganisationSigner> {

    public SignDocumentDialog(SignDocumentViewModel model, DialogService dialogs) {
        setTitle("Подписание документа");
        setHeaderText(model.header());
        ComboBox<KeySourceKind> kind = new ComboBox<>(model.kinds());
        kind.setId("key-source-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeySourceKind value) {
                return value == null ? "" : value.title();
            }

            @Override
            public KeySourceKind fromString(String text) {
                return null;
            }
        });
        TextField keyFile = new TextField();
        keyFile.setId("key-file");
        keyFile.setPromptText("Путь к файлу ключа (.pfx, .p12)");
        keyFile.setPrefColumnCount(30);
        keyFile.textProperty().bindBidirectional(model.keyFileProperty());
        // Typed or pasted paths work too: Enter or leaving the field reads the file's keys.
        keyFile.setOnAction(event -> model.useTypedKeyFile());
        keyFile.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                model.useTypedKeyFile();
            }
        });
        Button chooseFile = Icons.button("Выбрать…", MaterialDesignF.FOLDER_OPEN);
        chooseFile.setId("choose-key-file");
        chooseFile.setOnAction(event -> dialogs.chooseFileToOpen("Выберите файл ключа (.pfx, .p12)")
                .ifPresent(model::useKeyFile));
        keyFile.disableProperty().bind(model.kindProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.kindProperty().get() != null && !model.kindProperty().get().fileBased(),
                        model.kindProperty())));
        chooseFile.disableProperty().bind(keyFile.disableProperty());
        ComboBox<String> alias = new ComboBox<>(model.aliases());
        alias.setId("key-alias");
        alias.setPromptText("Ключ");
        alias.valueProperty().bindBidirectional(model.aliasProperty());
        PasswordField password = new PasswordField();
        password.setId("key-password");
        password.setPromptText("PIN-код или пароль");
        password.textProperty().bindBidirectional(model.secretProperty());
        Button open = Icons.button("Открыть ключ", MaterialDesignK.KEY);
        open.setId("unlock-key");
        open.setOnAction(event -> model.unlock());
        password.setOnAction(event -> model.unlock());
        Label certificate = new Label();
        certificate.setId("key-certificate");
        certificate.setWrapText(true);
        certificate.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        certificate.textProperty().bind(model.certificateProperty());
        Label problem = new Label();
        problem.setId("key-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Источник ключей"), kind);
        form.addRow(1, new Label("Файл"), keyFile, chooseFile);
        form.addRow(2, new Label("Ключ"), alias);
        form.addRow(3, new Label("PIN / пароль"), password, open);
        GridPane.setHgrow(keyFile, Priority.ALWAYS);
        VBox content = new VBox(10, form, new Label("Сертификат подписанта:"), certificate, problem);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        // Grows with the certificate's lines, so organisation, identifiers, validity and issuer all show at once.
        certificate.textProperty().addListener((observable, old, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        setResizable(true);

        ButtonType sign = new ButtonType("Подписать", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(sign, RussianButtons.CANCEL);
        getDialogPane().lookupButton(sign).disableProperty().bind(model.unlockedProperty().isNull());
        setResultConverter(button -> button == sign ? model.unlockedProperty().get() : null);
    }
}

package org.griddesk.app.signing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.app.ui.UiTaskExecutor;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.signing.OrganisationSigner;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.signing.KeyEntry;
import org.griddesk.signing.KeySource;
import org.griddesk.signing.SigningKey;

/**
 * "Подписать": choose a key source and a key, enter its PIN or password, see whose certificate it is, then
 * sign. Reading and unlocking keys run in the background; the result is an unlocked key ready to sign.
 */
public final class SignDocumentDialog extends Dialog<OrganisationSigner> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.systemDefault());

    private final ObjectProperty<KeySource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<SigningKey> unlocked = new SimpleObjectProperty<>();
    private final Label problem = new Label();

    public SignDocumentDialog(DocumentItem document, String organisationName, KeySources sources,
                              UiTaskExecutor executor, DialogService dialogs, Clock clock) {
        setTitle("Подписание документа");
        setHeaderText("«" + document.documentName() + "» (" + document.fileName() + ")\nподписывается от имени "
                + organisationName + " усиленной квалифицированной электронной подписью");
        ComboBox<KeySources.Kind> kind = new ComboBox<>();
        kind.setId("key-source-kind");
        kind.getItems().setAll(sources.available());
        kind.getSelectionModel().selectFirst();
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(KeySources.Kind value) {
                return value == null ? "" : value.title();
            }

            @Override
            public KeySources.Kind fromString(String text) {
                return null;
            }
        });
        TextField keyFile = new TextField();
        keyFile.setId("key-file");
        keyFile.setPromptText("Путь к файлу ключа (.pfx, .p12)");
        keyFile.setPrefColumnCount(30);
        Button chooseFile = new Button("Выбрать…");
        chooseFile.setId("choose-key-file");
        ComboBox<String> alias = new ComboBox<>();
        alias.setId("key-alias");
        alias.setPromptText("Ключ");
        PasswordField password = new PasswordField();
        password.setId("key-password");
        password.setPromptText("PIN-код или пароль");
        Button open = new Button("Открыть ключ");
        open.setId("unlock-key");
        Label certificate = new Label("Сертификат будет показан после ввода PIN-кода или пароля");
        certificate.setId("key-certificate");
        certificate.setWrapText(true);
        certificate.setMaxWidth(560);
        problem.setId("key-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(560);

        // Typed or pasted paths work too: keyboard users, and workstations whose file dialog is slow.
        keyFile.setOnAction(event -> {
            if (!keyFile.getText().isBlank()) {
                listEntries(sources.open(kind.getValue(), Path.of(keyFile.getText().trim())), executor, alias, certificate);
            }
        });
        chooseFile.setOnAction(event -> dialogs.chooseFileToOpen("Выберите файл ключа (.pfx, .p12)").ifPresent(file -> {
            keyFile.setText(file.toString());
            listEntries(sources.open(kind.getValue(), file), executor, alias, certificate);
        }));
        open.setOnAction(event -> {
            KeySource current = source.get();
            String name = alias.getValue();
            char[] secret = password.getText().toCharArray();
            if (current == null || name == null) {
                problem.setText("Выберите файл ключа и ключ");
                return;
            }
            problem.setText("");
            executor.execute(BackgroundTask.of("Открытие ключа…", () -> current.unlock(name, secret))
                    .onSuccess(key -> {
                        unlocked.set(key);
                        certificate.setText(describe(Certificates.details(key.certificate())));
                    })
                    .onFailure(failure -> {
                        unlocked.set(null);
                        problem.setText(failure.getMessage());
                    }));
        });
        alias.valueProperty().addListener((observable, old, now) -> unlocked.set(null));
        // Tokens and CryptoPro list their keys at once; only a key file must be chosen first.
        kind.valueProperty().addListener((observable, old, now) -> {
            keyFile.setDisable(!now.fileBased());
            chooseFile.setDisable(!now.fileBased());
            alias.getItems().clear();
            source.set(null);
            if (!now.fileBased()) {
                listEntries(sources.open(now, null), executor, alias, certificate);
            }
        });
        password.setOnAction(event -> open.fire());

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Источник ключей"), kind);
        form.addRow(1, new Label("Файл"), keyFile, chooseFile);
        form.addRow(2, new Label("Ключ"), alias);
        form.addRow(3, new Label("PIN / пароль"), password, open);
        VBox content = new VBox(10, form, new Label("Сертификат подписанта:"), certificate, problem);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);

        ButtonType sign = new ButtonType("Подписать", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(sign, RussianButtons.CANCEL);
        getDialogPane().lookupButton(sign).disableProperty().bind(unlocked.isNull());
        setResultConverter(button -> button == sign ? new KeyOrganisationSigner(unlocked.get(), clock) : null);
    }

    private void listEntries(KeySource opened, UiTaskExecutor executor, ComboBox<String> alias, Label certificate) {
        source.set(opened);
        unlocked.set(null);
        executor.execute(BackgroundTask.of("Чтение ключей…", opened::entries)
                .onSuccess(entries -> {
                    alias.getItems().setAll(entries.stream().map(KeyEntry::alias).toList());
                    alias.getSelectionModel().selectFirst();
                    problem.setText(entries.isEmpty() ? "В файле нет ключей" : "");
                    entries.stream().findFirst().flatMap(KeyEntry::certificate)
                            .ifPresent(found -> certificate.setText(describe(Certificates.details(found))));
                })
                .onFailure(failure -> {
                    alias.getItems().clear();
                    problem.setText(failure.getMessage());
                }));
    }

    /** Owner, organisation, identifiers, validity and issuer: what the operator must see before signing. */
    static String describe(SignerDetails details) {
        StringBuilder text = new StringBuilder("Владелец: ").append(details.name());
        if (details.organisation() != null) {
            text.append("\nОрганизация: ").append(details.organisation());
        }
        List<String> ids = new java.util.ArrayList<>();
        if (details.organisationInn() != null) {
            ids.add("ИНН ЮЛ " + details.organisationInn());
        }
        if (details.personInn() != null) {
            ids.add("ИНН " + details.personInn());
        }
        if (details.ogrn() != null) {
            ids.add("ОГРН " + details.ogrn());
        }
        if (details.ogrnip() != null) {
            ids.add("ОГРНИП " + details.ogrnip());
        }
        if (!ids.isEmpty()) {
            text.append("\n").append(String.join(", ", ids));
        }
        return text.append("\nДействует с ").append(DAY.format(details.validFrom())).append(" по ")
                .append(DAY.format(details.validTo()))
                .append("\nИздатель: ").append(details.issuer()).toString();
    }
}

package org.griddesk.app.signing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.signing.KeyCandidate;
import org.griddesk.core.signing.KeyContainer;
import org.griddesk.core.signing.KeySourceKind;
import org.griddesk.core.signing.SignerDetails;
import org.griddesk.core.signing.SigningKeys;
import org.griddesk.core.signing.UnlockedKey;

/**
 * "Подписать": a key source and a key, its PIN or password, whose certificate it is, then the unlocked key
 * for signing. Listing and unlocking keys run in the background; a typed key path counts as a chosen one.
 */
public class SignDocumentViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.systemDefault());
    static final String CERTIFICATE_LATER = "Сертификат будет показан после ввода PIN-кода или пароля";

    private final DocumentItem document;
    private final String organisationName;
    private final SigningKeys keys;
    private final UiContext ui;
    private final LatestRequest listing;
    private final ObservableList<KeySourceKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<KeySourceKind> kind = new SimpleObjectProperty<>();
    private final StringProperty keyFile = new SimpleStringProperty("");
    private final ObservableList<String> aliases = FXCollections.observableArrayList();
    private final ObjectProperty<String> alias = new SimpleObjectProperty<>();
    private final StringProperty secret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper(CERTIFICATE_LATER);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UnlockedKey> unlocked = new ReadOnlyObjectWrapper<>();
    private KeyContainer container;
    private String openedFile = "";

    public SignDocumentViewModel(DocumentItem document, String organisationName, SigningKeys keys, UiContext ui) {
        this.document = document;
        this.organisationName = organisationName;
        this.keys = keys;
        this.ui = ui;
        this.listing = new LatestRequest(ui.executor());
        kinds.setAll(keys.available());
        alias.addListener((observable, old, now) -> unlocked.set(null));
        // A path typed after a file was opened names another file: its keys are read when the operator moves on.
        keyFile.addListener((observable, old, now) -> {
            if (container != null && !now.equals(openedFile)) {
                container = null;
                aliases.clear();
            }
        });
        kind.addListener((observable, old, now) -> kindChanged(now));
        kind.set(kinds.getFirst());
    }

    public String header() {
        return "«" + document.documentName() + "» (" + document.fileName() + ")\nподписывается от имени "
                + organisationName + " усиленной квалифицированной электронной подписью";
    }

    /** Tokens and CryptoPro list their keys at once; only a key file must be chosen (or typed) first. */
    private void kindChanged(KeySourceKind now) {
        aliases.clear();
        container = null;
        unlocked.set(null);
        if (now != null && !now.fileBased()) {
            list(keys.open(now, null));
        }
    }

    /** The key file chosen in the file dialog, or the path typed into «Файл». */
    public void useKeyFile(Path file) {
        openedFile = file.toString();
        keyFile.set(openedFile);
        list(keys.open(kind.get(), file));
    }

    /** The typed path, when the operator moves on without the file dialog. */
    public void useTypedKeyFile() {
        String typed = keyFile.get() == null ? "" : keyFile.get().strip();
        // The listener on the path drops the opened file once another path is typed.
        if (container == null && !typed.isEmpty() && kind.get() != null && kind.get().fileBased()) {
            try {
                useKeyFile(Path.of(typed));
            } catch (java.nio.file.InvalidPathException e) {
                problem.set("Неверный путь к файлу ключа: " + typed);
            }
        }
    }

    private void list(KeyContainer opened) {
        container = opened;
        unlocked.set(null);
        listing.run(BackgroundTask.of("Чтение ключей…", opened::entries)
                .onSuccess(entries -> {
                    aliases.setAll(entries.stream().map(KeyCandidate::alias).toList());
                    alias.set(aliases.isEmpty() ? null : aliases.getFirst());
                    problem.set(entries.isEmpty() ? "В файле нет ключей" : "");
                    entries.stream().findFirst().map(KeyCandidate::certificate)
                            .ifPresent(found -> certificate.set(describe(found)));
                })
                .onFailure(failure -> {
                    aliases.clear();
                    problem.set(UserMessages.describe(failure));
                }));
    }

    /** «Открыть ключ»: the PIN or password unlocks the chosen key and shows its certificate. */
    public void unlock() {
        if (container == null) {
            useTypedKeyFile();
        }
        KeyContainer current = container;
        String name = alias.get();
        if (current == null || name == null) {
            problem.set("Выберите файл ключа и ключ");
            return;
        }
        char[] typed = secret.get().toCharArray();
        problem.set("");
        ui.executor().execute(BackgroundTask.of("Открытие ключа…", () -> current.unlock(name, typed))
                .onSuccess(key -> {
                    unlocked.set(key);
                    certificate.set(describe(key.certificate()));
                })
                .onFailure(failure -> {
                    unlocked.set(null);
                    problem.set(UserMessages.describe(failure));
                }));
    }

    /** Owner, organisation, identifiers, validity and issuer: what the operator must see before signing. */
    static String describe(SignerDetails details) {
        if (details == null) {
            return CERTIFICATE_LATER;
        }
        StringBuilder text = new StringBuilder("Владелец: ").append(details.name());
        if (details.organisation() != null) {
            text.append("\nОрганизация: ").append(details.organisation());
        }
        List<String> ids = new ArrayList<>();
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

    public ObservableList<KeySourceKind> kinds() {
        return kinds;
    }

    public ObjectProperty<KeySourceKind> kindProperty() {
        return kind;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public ObservableList<String> aliases() {
        return aliases;
    }

    public ObjectProperty<String> aliasProperty() {
        return alias;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ReadOnlyStringProperty certificateProperty() {
        return certificate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The key ready to sign, once unlocked; «Подписать» is enabled only then. */
    public ReadOnlyObjectProperty<UnlockedKey> unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }
}

package org.griddesk.app.cases;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UiTaskExecutor;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewDocument;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.operators.Operator;
import org.griddesk.core.operators.Permission;
import org.griddesk.core.signing.CheckedSignature;
import org.griddesk.core.signing.DocumentSignature;
import org.griddesk.core.signing.DocumentSigningService;
import org.griddesk.core.signing.OrganisationSigner;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.signing.SigningProgress;

/**
 * One case: what the card shows, the clerk's pending status and number, and the actions. Every database or
 * file step runs in the background; the card keeps the clerk's typing when someone else's change arrives.
 */
public class CaseCardViewModel implements Activatable {
    private final long caseId;
    private final CaseService cases;
    private final DocumentSigningService signing;
    private final DictionaryService dictionaries;
    private final UiContext ui;

    private final ReadOnlyObjectWrapper<CaseCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper("Обращение…");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final ObservableList<String> statusOptions = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<CaseChange> history = FXCollections.observableArrayList();
    // Made once: a read-only wrapper listens to its list weakly, so a fresh one per call could be collected.
    private final ObservableList<String> statusOptionsView = FXCollections.unmodifiableObservableList(statusOptions);
    private final ObservableList<TimelineItem> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<CaseChange> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<String> documentNames = FXCollections.observableArrayList();
    private final ObservableMap<Long, SigningProgress> signingProgress = FXCollections.observableHashMap();
    private final ObservableMap<Long, SigningProgress> signingProgressView =
            FXCollections.unmodifiableObservableMap(signingProgress);
    private final BooleanBinding dirty;
    private Runnable unsubscribe = () -> { };

    public CaseCardViewModel(long caseId, CaseService cases, DocumentSigningService signing,
                             DictionaryService dictionaries, UiContext ui) {
        this.caseId = caseId;
        this.cases = cases;
        this.signing = signing;
        this.dictionaries = dictionaries;
        this.ui = ui;
        dirty = Bindings.createBooleanBinding(() -> card.get() != null
                        && (!Objects.toString(status.get(), "").trim().equals(card.get().status())
                        || !Objects.equals(blankToNull(registrationNumber.get()), card.get().registrationNumber())),
                card, status, registrationNumber);
    }

    @Override
    public void activate() {
        Runnable changes = ui.events().subscribe(CaseChangedEvent.class, event -> {
            if (event.caseId() == caseId) {
                reload();
            }
        });
        Runnable reconnects = ui.events().subscribe(ConnectionRestoredEvent.class, event -> reload());
        unsubscribe = () -> {
            changes.run();
            reconnects.run();
        };
        reload();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public void reload() {
        run("Загрузка обращения…", operator -> cases.open(operator, caseId), this::show);
        ui.executor().execute(BackgroundTask.of("Загрузка справочника статусов…", cases::statusDictionary)
                .onSuccess(statusOptions::setAll));
        ui.executor().execute(BackgroundTask.of("Загрузка названий документов…", dictionaries::activeDocumentNames)
                .onSuccess(documentNames::setAll));
    }

    /** Fills the number field with the next free number ("Предложить"). */
    public void suggestRegistrationNumber() {
        ui.executor().execute(BackgroundTask.of("Подбор номера…", cases::suggestRegistrationNumber)
                .onSuccess(registrationNumber::set));
    }

    /** "Сохранить". A case someone else saved first is refused: the newer data is shown, the clerk's kept in the notice. */
    public void save() {
        CaseCard seen = card.get();
        if (seen == null) {
            return;
        }
        String wantedStatus = status.get();
        String wantedNumber = registrationNumber.get();
        working.set(true);
        ui.executor().execute(BackgroundTask.of("Сохранение обращения…",
                        () -> cases.saveStatusAndNumber(operator(), caseId, seen.version(), wantedStatus, wantedNumber))
                .onSuccess(saved -> {
                    working.set(false);
                    replace(saved);
                    notice.set("Сохранено");
                    ui.events().publish(new CaseChangedEvent(caseId));
                })
                .onFailure(failure -> {
                    working.set(false);
                    if (failure instanceof ConcurrentChangeException) {
                        showConflict(wantedStatus, wantedNumber, failure);
                    } else {
                        ui.dialogs().showError("Обращение не сохранено", UserMessages.describe(failure));
                    }
                }));
    }

    private void showConflict(String wantedStatus, String wantedNumber, Throwable failure) {
        ui.dialogs().showError("Обращение изменено другим пользователем", UserMessages.describe(failure));
        run("Загрузка обращения…", operator -> cases.open(operator, caseId), fresh -> {
            replace(fresh);
            notice.set("Не сохранено: ваш статус «" + wantedStatus + "», номер «" + Objects.toString(wantedNumber, "")
                    + "». Показаны данные, сохранённые другим пользователем.");
        });
    }

    /** Refuses a file over 50 MB before anything is read from it. */
    public void addDocument(DocumentToAdd document) {
        long size;
        try {
            size = Files.size(document.file());
        } catch (java.io.IOException e) {
            ui.dialogs().showError("Документ не добавлен", "Файл недоступен: " + document.file());
            return;
        }
        if (size > CaseService.MAX_DOCUMENT_BYTES) {
            ui.dialogs().showError("Документ не добавлен", CaseService.DOCUMENT_TOO_LARGE);
            return;
        }
        NewDocument details = new NewDocument(document.documentName(), document.file().getFileName().toString(), size,
                document.comment(), document.requiresTwoSidedSignature());
        change("Загрузка документа…", operator -> {
            try (InputStream content = Files.newInputStream(document.file())) {
                return cases.addDocument(operator, caseId, details, content);
            }
        });
    }

    public void addMessage(String html) {
        change("Отправка сообщения…", operator -> cases.addMessage(operator, caseId, html));
    }

    public void addStatusNote(String text) {
        change("Добавление статуса…", operator -> cases.addStatusNote(operator, caseId, text));
    }

    /** "Удалить" after the clerk confirms; the applicant's items have no such button. */
    public void delete(TimelineItem item) {
        if (!ui.dialogs().confirm("Удаление", "Удалить " + describe(item) + "? Отменить удаление будет нельзя.")) {
            return;
        }
        change("Удаление…", operator -> cases.deleteItem(operator, caseId, item.id()));
    }

    public void download(DocumentItem document) {
        ui.dialogs().chooseFileToSave("Сохранить документ", document.fileName()).ifPresent(target ->
                ui.executor().execute(BackgroundTask.of("Сохранение файла…", () -> {
                            try (OutputStream out = Files.newOutputStream(target)) {
                                cases.download(operator(), document, out);
                            }
                            return target;
                        })
                        .onSuccess(saved -> notice.set("Файл сохранён: " + saved))
                        .onFailure(failure -> ui.dialogs().showError("Файл не сохранён", UserMessages.describe(failure)))));
    }

    public boolean canDelete(TimelineItem item) {
        return item.side() == Side.ORGANISATION && canEdit();
    }

    public boolean canEdit() {
        return ui.session().operator().may(Permission.EDIT_CASES);
    }

    private interface CaseWork<T> {
        T run(Operator operator) throws Exception;
    }

    private void change(String title, CaseWork<CaseCard> work) {
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, () -> work.run(operator()))
                .onSuccess(changed -> {
                    working.set(false);
                    show(changed);
                    ui.events().publish(new CaseChangedEvent(caseId));
                })
                .onFailure(failure -> {
                    working.set(false);
                    ui.dialogs().showError("Изменение не выполнено", UserMessages.describe(failure));
                }));
    }

    private <T> void run(String title, CaseWork<T> work, java.util.function.Consumer<T> onLoaded) {
        ui.executor().execute(BackgroundTask.of(title, () -> work.run(operator()))
                .onSuccess(onLoaded)
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** Shows a newer card; the status and number the clerk is typing stay unless the saved ones changed under them. */
    private void show(CaseCard fresh) {
        CaseCard previous = card.get();
        boolean keepTyping = previous != null && dirty.get()
                && previous.status().equals(fresh.status())
                && Objects.equals(previous.registrationNumber(), fresh.registrationNumber());
        if (keepTyping) {
            card.set(fresh);
            fill(fresh);
        } else {
            replace(fresh);
        }
    }

    private void replace(CaseCard fresh) {
        card.set(fresh);
        status.set(fresh.status());
        registrationNumber.set(Objects.toString(fresh.registrationNumber(), ""));
        fill(fresh);
    }

    private void fill(CaseCard fresh) {
        tabTitle.set(fresh.registrationNumber() == null ? "Обращение без номера" : "№ " + fresh.registrationNumber());
        // The timeline is redrawn once the signatures are known, so a document never shows a stale signing state.
        ui.executor().execute(BackgroundTask.of("Загрузка подписей…", () -> signing.progress(operator(), caseId))
                .onSuccess(progress -> {
                    signingProgress.clear();
                    signingProgress.putAll(progress);
                    timeline.setAll(fresh.timeline());
                })
                .onFailure(failure -> {
                    signingProgress.clear();
                    timeline.setAll(fresh.timeline());
                    notice.set("Подписи не загружены: " + UserMessages.describe(failure));
                }));
        history.setAll(fresh.history());
    }

    /** "Подписать": the key the operator unlocked signs in the background; the card then shows the new state. */
    public void sign(DocumentItem document, OrganisationSigner signer) {
        working.set(true);
        ui.executor().execute(BackgroundTask.of("Подписание документа…",
                        () -> signing.signAsOrganisation(operator(), caseId, document.id(), signer))
                .onSuccess(signature -> {
                    working.set(false);
                    notice.set("Документ «" + document.documentName() + "» подписан: " + signature.signerName());
                    reload();
                    ui.events().publish(new CaseChangedEvent(caseId));
                })
                .onFailure(failure -> {
                    working.set(false);
                    ui.dialogs().showError("Документ не подписан", UserMessages.describe(failure));
                }));
    }

    /** "Скачать подпись": the detached CMS as a .sig file next to the document's name. */
    public void downloadSignature(DocumentItem document, DocumentSignature signature) {
        ui.dialogs().chooseFileToSave("Сохранить подпись", document.fileName() + ".sig").ifPresent(target ->
                ui.executor().execute(BackgroundTask.of("Сохранение подписи…", () -> {
                            Files.write(target, signing.signatureFile(operator(), signature.id()));
                            return target;
                        })
                        .onSuccess(saved -> notice.set("Подпись сохранена: " + saved))
                        .onFailure(failure -> ui.dialogs().showError("Подпись не сохранена", UserMessages.describe(failure)))));
    }

    /** "Проверить подпись": checks again with today's trusted roots and CRLs, then hands the report over. */
    public void verifySignature(DocumentSignature signature, java.util.function.Consumer<CheckedSignature> showReport) {
        ui.executor().execute(BackgroundTask.of("Проверка подписи…", () -> signing.verify(operator(), caseId, signature.id()))
                .onSuccess(showReport)
                .onFailure(failure -> ui.dialogs().showError("Подпись не проверена", UserMessages.describe(failure))));
    }

    public boolean canSign() {
        return ui.session().operator().may(Permission.SIGN_FOR_ORGANISATION);
    }

    public String organisationName() {
        return signing.organisationName();
    }

    /** Progress of the two-sided documents, by document id; updated before the timeline is redrawn. */
    public ObservableMap<Long, SigningProgress> signingProgress() {
        return signingProgressView;
    }

    private Operator operator() {
        return ui.session().operator();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String describe(TimelineItem item) {
        return switch (item) {
            case DocumentItem document -> "документ «" + document.documentName() + "»";
            case org.griddesk.core.cases.MessageItem ignored -> "сообщение";
            case org.griddesk.core.cases.StatusNoteItem note -> "статус «" + note.text() + "»";
        };
    }

    public long caseId() {
        return caseId;
    }

    public DialogService dialogs() {
        return ui.dialogs();
    }

    /** For dialogs that read or unlock files while they are open. */
    public UiTaskExecutor executor() {
        return ui.executor();
    }

    public ReadOnlyObjectProperty<CaseCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public ObservableList<String> statusOptions() {
        return statusOptionsView;
    }

    /** The names offered in "Добавить документ", from the administrator's dictionary. */
    public List<String> documentNames() {
        return List.copyOf(documentNames);
    }

    public ObservableList<TimelineItem> timeline() {
        return timelineView;
    }

    public ObservableList<CaseChange> history() {
        return historyView;
    }
}

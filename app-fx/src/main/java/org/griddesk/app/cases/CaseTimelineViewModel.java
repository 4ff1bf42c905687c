package org.griddesk.app.cases;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewDocument;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.core.settings.DictionaryService;

/** The card's timeline (documents, messages, status notes, newest first) and its history of changes. */
public class CaseTimelineViewModel {
    private final CaseCardViewModel card;
    private final CaseService cases;
    private final DictionaryService dictionaries;
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<CaseChange> history = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<CaseChange> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<String> documentNames = FXCollections.observableArrayList();

    CaseTimelineViewModel(CaseCardViewModel card, CaseService cases, DictionaryService dictionaries) {
        this.card = card;
        this.cases = cases;
        this.dictionaries = dictionaries;
    }

    void loadDocumentNames(UiContext ui) {
        ui.executor().execute(BackgroundTask.of("Загрузка названий документов…", dictionaries::activeDocumentNames)
                .onSuccess(documentNames::setAll));
    }

    void show(CaseCard fresh) {
        items.setAll(fresh.timeline());
        history.setAll(fresh.history());
    }

    /** Refuses a file over 50 MB (checked again: it may have grown since it was chosen) before reading it. */
    public void addDocument(DocumentToAdd document) {
        long size;
        try {
            size = Files.size(document.file());
        } catch (java.io.IOException e) {
            card.ui().dialogs().showError("Документ не добавлен", "Файл недоступен: " + document.file());
            return;
        }
        if (size > CaseService.MAX_DOCUMENT_BYTES) {
            card.ui().dialogs().showError("Документ не добавлен", CaseService.DOCUMENT_TOO_LARGE);
            return;
        }
        NewDocument details = new NewDocument(document.documentName(), document.file().getFileName().toString(), size,
                document.comment(), document.requiresTwoSidedSignature());
        card.change("Загрузка документа…", operator -> {
            try (InputStream content = Files.newInputStream(document.file())) {
                return cases.addDocument(operator, card.caseId(), details, content);
            }
        });
    }

    /** {@code refused} hears why the message was not added, so its dialog can open again with the text. */
    public void addMessage(String html, Consumer<String> refused) {
        card.change("Отправка сообщения…", operator -> cases.addMessage(operator, card.caseId(), html),
                loaded -> card.show(loaded, false), failure -> refused.accept(UserMessages.describe(failure)));
    }

    public void addStatusNote(String text, Consumer<String> refused) {
        card.change("Добавление статуса…", operator -> cases.addStatusNote(operator, card.caseId(), text),
                loaded -> card.show(loaded, false), failure -> refused.accept(UserMessages.describe(failure)));
    }

    /** "Удалить" after the clerk confirms; the applicant's items have no such button. */
    public void delete(TimelineItem item) {
        if (!card.ui().dialogs().confirm("Удаление", "Удалить " + describe(item) + "? Отменить удаление будет нельзя.")) {
            return;
        }
        card.change("Удаление…", operator -> cases.deleteItem(operator, card.caseId(), item.id()));
    }

    public void download(DocumentItem document) {
        UiContext ui = card.ui();
        Operator operator = card.operator();
        ui.dialogs().chooseFileToSave("Сохранить документ", document.fileName()).ifPresent(target ->
                ui.executor().execute(BackgroundTask.of("Сохранение файла…", () -> {
                            try (OutputStream out = Files.newOutputStream(target)) {
                                cases.download(operator, document, out);
                            }
                            return target;
                        })
                        .onSuccess(saved -> card.notice("Файл сохранён: " + saved))
                        .onFailure(failure -> ui.dialogs().showError("Файл не сохранён", UserMessages.describe(failure)))));
    }

    /** Why «Удалить» cannot succeed, or empty: a document that carries a signature stays with its signature. */
    public java.util.Optional<String> deleteRefusal(TimelineItem item) {
        if (item instanceof DocumentItem document) {
            org.griddesk.core.signing.SigningProgress progress = card.signatures().progress().get(document.id());
            if (progress != null && (progress.organisation().isPresent() || progress.applicant().isPresent()
                    || !progress.rejected().isEmpty())) {
                return java.util.Optional.of("Подписанный документ удалить нельзя: подпись хранится вместе с ним");
            }
        }
        return java.util.Optional.empty();
    }

    public boolean canDelete(TimelineItem item) {
        return item.side() == Side.ORGANISATION && card.canEdit();
    }

    /** The dialog of "Добавить документ", with the names from the administrator's dictionary. */
    public AddDocumentViewModel newDocumentDialog() {
        return new AddDocumentViewModel(List.copyOf(documentNames));
    }

    static String describe(TimelineItem item) {
        return switch (item) {
            case DocumentItem document -> "документ «" + document.documentName() + "»";
            case MessageItem ignored -> "сообщение";
            case StatusNoteItem note -> "статус «" + note.text() + "»";
        };
    }

    public ObservableList<TimelineItem> items() {
        return itemsView;
    }

    public ObservableList<CaseChange> history() {
        return historyView;
    }

    /** The names offered in "Добавить документ", from the administrator's dictionary. */
    public List<String> documentNames() {
        return List.copyOf(documentNames);
    }
}

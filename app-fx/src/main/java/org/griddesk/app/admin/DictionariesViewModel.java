package org.griddesk.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.griddesk.core.settings.DictionaryService;

/**
 * "Справочники": the chosen dictionary's entries with their state, the statuses clerks typed that the dictionary
 * lacks, and the administrator's changes. Every change returns the dictionary as stored, which replaces the list.
 */
public class DictionariesViewModel implements Activatable {
    private final DictionaryService dictionaries;
    private final UiContext ui;

    private final ObjectProperty<Dictionary> dictionary = new SimpleObjectProperty<>(Dictionary.CASE_STATUSES);
    private final ObservableList<DictionaryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<StatusCount> freeTextStatuses = FXCollections.observableArrayList();
    // Made once: a read-only wrapper listens to its list weakly, so a fresh one per call could be collected.
    private final ObservableList<DictionaryEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<StatusCount> freeTextView = FXCollections.unmodifiableObservableList(freeTextStatuses);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Dictionary> switched = (observable, old, now) -> reload();
    private Runnable unsubscribe = () -> { };

    public DictionariesViewModel(DictionaryService dictionaries, UiContext ui) {
        this.dictionaries = dictionaries;
        this.ui = ui;
    }

    @Override
    public void activate() {
        unsubscribe = ui.events().subscribe(ConnectionRestoredEvent.class, event -> reload());
        dictionary.addListener(switched);
        reload();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
        dictionary.removeListener(switched);
    }

    public void reload() {
        Dictionary wanted = dictionary.get();
        ui.executor().execute(BackgroundTask.of("Загрузка справочника…", () -> dictionaries.entries(operator(), wanted))
                .onSuccess(loaded -> show(wanted, loaded))
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
        if (wanted == Dictionary.CASE_STATUSES) {
            ui.executor().execute(BackgroundTask.of("Поиск статусов, введённых вручную…",
                            () -> dictionaries.freeTextStatuses(operator()))
                    .onSuccess(freeTextStatuses::setAll)
                    .onFailure(failure -> notice.set(UserMessages.describe(failure))));
        } else {
            freeTextStatuses.clear();
        }
    }

    /** "Добавить": the name typed in the field below the list. */
    public void add() {
        String name = newName.get();
        change("Добавление в справочник…", dict -> dictionaries.add(operator(), dict, name),
                "Добавлено: «" + name.strip() + "»", () -> newName.set(""));
    }

    public void rename(DictionaryEntry entry, String name) {
        change("Переименование…", dict -> dictionaries.rename(operator(), dict, entry, name),
                "Переименовано: «" + entry.name() + "» → «" + name.strip() + "»", () -> { });
    }

    /** Clerks no longer see it offered; cases and documents that carry it keep it. */
    public void retire(DictionaryEntry entry) {
        change("Вывод из употребления…", dict -> dictionaries.retire(operator(), dict, entry),
                "«" + entry.name() + "» больше не предлагается", () -> { });
    }

    public void restore(DictionaryEntry entry) {
        change("Возврат в употребление…", dict -> dictionaries.restore(operator(), dict, entry),
                "«" + entry.name() + "» снова предлагается", () -> { });
    }

    public void moveUp(DictionaryEntry entry) {
        move(entry, -1);
    }

    public void moveDown(DictionaryEntry entry) {
        move(entry, 1);
    }

    /** "Добавить в справочник" for a status clerks typed by hand. */
    public void promote(StatusCount status) {
        if (dictionary.get() != Dictionary.CASE_STATUSES) {
            return;
        }
        change("Добавление в справочник…", dict -> dictionaries.promote(operator(), status.status()),
                "Статус «" + status.status() + "» добавлен в справочник", () -> { });
    }

    public boolean canMoveUp(DictionaryEntry entry) {
        return entry != null && entries.indexOf(entry) > 0;
    }

    public boolean canMoveDown(DictionaryEntry entry) {
        int index = entry == null ? -1 : entries.indexOf(entry);
        return index >= 0 && index < entries.size() - 1;
    }

    /** The order the administrator sees, with one entry swapped with its neighbour; stale lists are refused. */
    private void move(DictionaryEntry entry, int step) {
        int index = entries.indexOf(entry);
        int target = index + step;
        if (index < 0 || target < 0 || target >= entries.size()) {
            return;
        }
        List<String> order = new ArrayList<>(entries.stream().map(DictionaryEntry::name).toList());
        order.set(index, order.get(target));
        order.set(target, entry.name());
        change("Изменение порядка…", dict -> dictionaries.reorder(operator(), dict, order), "Порядок изменён", () -> { });
    }

    private interface Change {
        List<DictionaryEntry> apply(Dictionary dictionary) throws Exception;
    }

    private void change(String title, Change work, String done, Runnable afterSuccess) {
        Dictionary wanted = dictionary.get();
        working.set(true);
        Callable<List<DictionaryEntry>> call = () -> work.apply(wanted);
        ui.executor().execute(BackgroundTask.of(title, call)
                .onSuccess(changed -> {
                    working.set(false);
                    show(wanted, changed);
                    notice.set(done);
                    afterSuccess.run();
                    if (wanted == Dictionary.CASE_STATUSES) {
                        reloadFreeText();
                    }
                })
                .onFailure(failure -> {
                    working.set(false);
                    if (failure instanceof ConcurrentChangeException) {
                        ui.dialogs().showError("Справочник изменён другим администратором", UserMessages.describe(failure));
                        reload();
                    } else {
                        ui.dialogs().showError("Изменение не выполнено", UserMessages.describe(failure));
                    }
                }));
    }

    private void reloadFreeText() {
        ui.executor().execute(BackgroundTask.of("Поиск статусов, введённых вручную…",
                        () -> dictionaries.freeTextStatuses(operator()))
                .onSuccess(freeTextStatuses::setAll));
    }

    /** A list for a dictionary no longer chosen (the administrator switched meanwhile) is dropped. */
    private void show(Dictionary loadedFor, List<DictionaryEntry> loaded) {
        if (loadedFor == dictionary.get()) {
            entries.setAll(loaded);
        }
    }

    private Operator operator() {
        return ui.session().operator();
    }

    public DialogService dialogs() {
        return ui.dialogs();
    }

    public ObjectProperty<Dictionary> dictionaryProperty() {
        return dictionary;
    }

    public ObservableList<DictionaryEntry> entries() {
        return entriesView;
    }

    public ObservableList<StatusCount> freeTextStatuses() {
        return freeTextView;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}

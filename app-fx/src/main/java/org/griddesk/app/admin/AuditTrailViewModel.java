package org.griddesk.app.admin;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.reports.CsvTables;

/** "Журнал аудита": filter by period, operator and text; export what is shown to CSV; check the chain. */
public class AuditTrailViewModel {
    static final int LIMIT = 5000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final List<String> CSV_HEADER = List.of("№", "Когда", "Кто", "Действие", "Объект", "Было", "Стало",
            "Хэш предыдущей", "Хэш");

    private final AuditService audit;
    private final CsvTables csv;
    private final UiContext ui;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditRecord> records = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> recordsView = FXCollections.unmodifiableObservableList(records);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AuditTrailViewModel(AuditService audit, CsvTables csv, UiContext ui) {
        this.audit = audit;
        this.csv = csv;
        this.ui = ui;
    }

    public void search() {
        AuditQuery query = new AuditQuery(from.get(), to.get(), actor.get(), text.get(), LIMIT);
        ui.executor().execute(BackgroundTask.of("Загрузка журнала аудита…", () -> audit.find(ui.session().operator(), query))
                .onSuccess(found -> {
                    records.setAll(found);
                    status.set("Записей: " + found.size() + (found.size() == LIMIT ? " (показаны последние " + LIMIT + ")" : ""));
                })
                .onFailure(failure -> ui.dialogs().showError("Журнал не загружен", UserMessages.describe(failure))));
    }

    public void exportCsv() {
        List<AuditRecord> shown = List.copyOf(records);
        ui.dialogs().chooseFileToSave("Выгрузить журнал аудита", "Журнал аудита.csv").ifPresent(target ->
                ui.executor().execute(BackgroundTask.of("Выгрузка журнала…", () -> {
                            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                                csv.write(CSV_HEADER, csvRows(shown), out);
                            }
                            return target;
                        })
                        .onSuccess(saved -> status.set("Выгружено записей: " + shown.size() + " в " + saved))
                        .onFailure(failure -> ui.dialogs().showError("Журнал не выгружен", UserMessages.describe(failure)))));
    }

    /** The audit trail as Excel reads it, with the chain's hashes so the export can be checked later. */
    static List<List<Object>> csvRows(List<AuditRecord> records) {
        return records.stream().map(record -> java.util.Arrays.<Object>asList(record.seq(), WHEN.format(record.at()),
                record.actor(), record.action(), record.subject(), record.before(), record.after(),
                record.previousHash(), record.hash())).toList();
    }

    public void verify() {
        ui.executor().execute(BackgroundTask.of("Проверка цепочки журнала…", audit::verify)
                .onSuccess(result -> status.set(result.describe()))
                .onFailure(failure -> ui.dialogs().showError("Проверка не выполнена", UserMessages.describe(failure))));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditRecord> records() {
        return recordsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

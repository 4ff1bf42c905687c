package org.griddesk.app.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.griddesk.app.reports.FileExport;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.cases.Assignee;
import org.griddesk.core.cases.CaseAssignment;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.ReportService;

/**
 * What the queue does with the rows chosen in it: «Взять в работу», «Назначить исполнителя» (many at once) and
 * «Выгрузить» the list as filtered. Each runs in the background; the queue refreshes after a change.
 */
public class QueueActionsViewModel {
    private final CaseAssignment assignment;
    private final ReportService reports;
    private final UiContext ui;
    private final ReadOnlyStringWrapper doneText = new ReadOnlyStringWrapper("");

    public QueueActionsViewModel(CaseAssignment assignment, ReportService reports, UiContext ui) {
        this.assignment = assignment;
        this.reports = reports;
        this.ui = ui;
    }

    public boolean mayTake() {
        return ui.session().operator().may(Permission.EDIT_CASES);
    }

    public boolean mayAssign() {
        return ui.session().operator().may(Permission.ASSIGN_CASES);
    }

    public boolean mayExport() {
        return ui.session().operator().may(Permission.EXPORT_REPORTS);
    }

    public void take(List<CaseQueueRow> chosen) {
        if (chosen.isEmpty()) {
            ui.dialogs().showError("Взять в работу", "Выберите обращения в списке");
            return;
        }
        Operator operator = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Назначение исполнителя…", () -> {
            for (CaseQueueRow row : chosen) {
                assignment.take(operator, row.id());
            }
            return chosen.size();
        }).onSuccess(count -> changed(chosen, "Взято в работу: " + Counts.of(count)))
                .onFailure(failure -> {
                    ui.dialogs().showError(failure);
                    changed(chosen, "");
                }));
    }

    /** The candidates for the dialog, read in the background. */
    public void loadAssignees(Consumer<List<Assignee>> shown) {
        Operator operator = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Загрузка исполнителей…", () -> assignment.assignees(operator))
                .onSuccess(shown::accept)
                .onFailure(failure -> ui.dialogs().showError(failure)));
    }

    /** All chosen cases to {@code to} (null: to no one), in one change; on refusal nothing is assigned. */
    public void assign(List<CaseQueueRow> chosen, Assignee to, String reason, Consumer<String> refused) {
        Operator operator = ui.session().operator();
        List<Long> ids = chosen.stream().map(CaseQueueRow::id).toList();
        ui.executor().execute(BackgroundTask.of("Назначение исполнителя…", () -> {
            assignment.assign(operator, ids, to == null ? null : to.id(), reason);
            return ids.size();
        }).onSuccess(count -> changed(chosen, "Назначено обращений: " + Counts.of(count)))
                .onFailure(failure -> refused.accept(org.griddesk.app.ui.UserMessages.describe(failure))));
    }

    /** Asks where to, then streams every case of {@code query}'s filters into that file. */
    public void exportAs(ExportFormat format, CaseQuery query, String filters) {
        if (query == null) {
            return;
        }
        java.util.Optional<Path> file = ui.dialogs().chooseFileToSave("Выгрузить список обращений",
                "Обращения." + format.extension());
        file.ifPresent(chosen -> export(query, filters, format, FileExport.withExtension(chosen, format)));
    }

    private void export(CaseQuery query, String filters, ExportFormat format, Path target) {
        Operator operator = ui.session().operator();
        ui.executor().execute(BackgroundTask.of("Выгрузка списка обращений…", () -> FileExport.write(target,
                        out -> reports.exportQueue(operator, query, filters, format, out)))
                .onSuccess(written -> doneText.set("Список выгружен: " + written.getFileName()))
                .onFailure(failure -> ui.dialogs().showError(failure)));
    }

    private void changed(List<CaseQueueRow> rows, String text) {
        doneText.set(text);
        rows.forEach(row -> ui.events().publish(new CaseChangedEvent(row.id())));
    }

    /** What the last action did, for the queue's status line. */
    public ReadOnlyStringProperty doneTextProperty() {
        return doneText.getReadOnlyProperty();
    }
}

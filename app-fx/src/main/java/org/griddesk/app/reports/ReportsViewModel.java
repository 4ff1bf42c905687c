package org.griddesk.app.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.reports.ExportFormat;
import org.griddesk.core.reports.Granularity;
import org.griddesk.core.reports.ReportKind;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportResult;
import org.griddesk.core.reports.ReportService;

/**
 * «Отчёты»: the report chosen, its period and granularity; each change runs it again in the background (the newest
 * request wins), and «Выгрузить» writes the report on screen to a file.
 */
public class ReportsViewModel implements Activatable {
    static final String LOADING = "Формирование отчёта…";

    private final ReportService reports;
    private final UiContext ui;
    private final LatestRequest loads;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.INFLOW);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(LocalDate.now().withDayOfMonth(1));
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.DAY);
    private final ReadOnlyObjectWrapper<ReportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doneText = new ReadOnlyStringWrapper("");
    private boolean active;

    public ReportsViewModel(ReportService reports, UiContext ui) {
        this.reports = reports;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        kind.addListener(observable -> changed());
        from.addListener(observable -> changed());
        to.addListener(observable -> changed());
        granularity.addListener(observable -> changed());
    }

    @Override
    public void activate() {
        active = true;
        run();
    }

    @Override
    public void deactivate() {
        active = false;
        loads.cancel();
    }

    private void changed() {
        if (active) {
            run();
        }
    }

    public void run() {
        Optional<ReportPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        Operator operator = ui.session().operator();
        ReportKind chosen = kind.get();
        loading.set(true);
        errorText.set("");
        loads.run(BackgroundTask.of(LOADING, () -> reports.run(operator, chosen, period.get()))
                .onSuccess(shown -> {
                    result.set(shown);
                    loading.set(false);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** The period typed, or empty with the reason shown. */
    private Optional<ReportPeriod> period() {
        try {
            return Optional.of(new ReportPeriod(from.get(), to.get(), granularity.get()));
        } catch (ValidationException bad) {
            errorText.set(bad.getMessage());
            return Optional.empty();
        }
    }

    /** Asks where to, then writes the chosen report for the period on screen. */
    public void exportAs(ExportFormat format) {
        Optional<ReportPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        ReportKind chosen = kind.get();
        Optional<Path> file = ui.dialogs().chooseFileToSave("Выгрузить отчёт", chosen.command() + "_"
                + period.get().from() + "_" + period.get().to() + "." + format.extension());
        if (file.isEmpty()) {
            return;
        }
        Operator operator = ui.session().operator();
        Path target = FileExport.withExtension(file.get(), format);
        ui.executor().execute(BackgroundTask.of("Выгрузка отчёта…", () -> FileExport.write(target,
                        out -> reports.export(operator, chosen, period.get(), format, out)))
                .onSuccess(written -> doneText.set("Отчёт выгружен: " + written.getFileName()))
                .onFailure(failure -> ui.dialogs().showError(failure)));
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    public ReadOnlyObjectProperty<ReportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneTextProperty() {
        return doneText.getReadOnlyProperty();
    }
}

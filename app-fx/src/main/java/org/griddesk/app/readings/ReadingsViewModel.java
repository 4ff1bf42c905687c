package org.griddesk.app.readings;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.readings.Reading;
import org.griddesk.core.readings.ReadingRules;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingValues;

/**
 * «Показания»: readings waiting for a clerk, oldest first; the selected one is accepted, corrected with a reason or
 * rejected with one. A decided reading leaves the list; another clerk's decision first is shown and the list reloaded.
 */
public class ReadingsViewModel implements Activatable {
    static final String LOADING_TITLE = "Загрузка показаний…";
    /** ReadingService refuses longer reasons. */
    static final int MAX_REASON_LENGTH = 1000;
    static final int LIMIT = 1000;

    private interface Decision {
        Reading run(Operator operator, long id, long version);
    }

    private final ReadingService readings;
    private final UiContext ui;
    private final LatestRequest loads;
    private final ObservableList<ReadingQueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReadingQueueRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<ReadingQueueRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty truncated = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringBinding countText;
    private final BooleanBinding canDecide;

    public ReadingsViewModel(ReadingService readings, UiContext ui) {
        this.readings = readings;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        countText = Bindings.createStringBinding(() -> truncated.get()
                ? "Показаны первые " + Counts.of(rows.size()) : "Ожидают: " + Counts.of(rows.size()), rows, truncated);
        canDecide = Bindings.createBooleanBinding(() -> {
            Operator operator = ui.session().operatorProperty().get();
            return selected.get() != null && !working.get() && operator != null && operator.may(Permission.EDIT_CASES);
        }, selected, working, ui.session().operatorProperty());
    }

    @Override
    public void activate() {
        reload();
    }

    @Override
    public void deactivate() {
        loads.cancel();
    }

    /** «Обновить»: the queue as it is now; a load still running is superseded. */
    public void reload() {
        Operator operator = ui.session().operator();
        loading.set(true);
        errorText.set("");
        loads.run(BackgroundTask.of(LOADING_TITLE, () -> readings.pending(operator, LIMIT))
                .onSuccess(loaded -> {
                    loading.set(false);
                    rows.setAll(loaded.stream().map(ReadingQueueRow::of).toList());
                    truncated.set(loaded.size() >= LIMIT);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** «Принять»: as given, consumption from the previous billed reading. */
    public void accept() {
        decide("Принятие показания…", "Не удалось принять показание",
                (operator, id, version) -> readings.accept(operator, id, version),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " принято к расчёту",
                null);
    }

    /**
     * «Исправить…»: accepted with the clerk's value; {@code refused} gets why the input cannot be taken (a wrong
     * number, no reason, the service's rules), so the dialog can show it again with what was typed.
     */
    public void correct(ReadingCorrection correction, Consumer<String> refused) {
        BigDecimal value;
        try {
            value = ReadingValues.parse(correction.value());
        } catch (ValidationException wrong) {
            refused.accept(wrong.getMessage());
            return;
        }
        decide("Исправление показания…", "Не удалось исправить показание",
                (operator, id, version) -> readings.correct(operator, id, version, value, correction.rollover(),
                        correction.reason()),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " исправлено на "
                        + ReadingQueueRow.number(reading.acceptedValue()) + " и принято к расчёту",
                refused);
    }

    /** «Отклонить…»: not taken for billing; the owner is told the reason by e-mail. */
    public void reject(String reason) {
        decide("Отклонение показания…", "Не удалось отклонить показание",
                (operator, id, version) -> readings.reject(operator, id, version, reason),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " не принято",
                null);
    }

    /** The reason «Отклонить…» offers: the seed's text for a value below the previous one, else none. */
    public String suggestedRejection() {
        ReadingQueueRow row = selected.get();
        return row != null && row.belowPrevious() ? ReadingRules.LESS_THAN_PREVIOUS : "";
    }

    /**
     * One decision on the selected reading as the clerk saw it. A reading decided elsewhere meanwhile is shown as
     * an error and the queue reloaded; other refusals go to {@code refused} when the input can be retyped.
     */
    private void decide(String title, String errorTitle, Decision decision,
                        BiFunction<ReadingQueueRow, Reading, String> done, Consumer<String> refused) {
        ReadingQueueRow row = selected.get();
        if (row == null || working.get()) {
            return;
        }
        Operator operator = ui.session().operator();
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, () -> decision.run(operator, row.id(), row.version()))
                .onSuccess(reading -> {
                    working.set(false);
                    // Gone at once, so it cannot be decided twice; the reload brings other clerks' work too.
                    rows.removeIf(shown -> shown.id() == row.id());
                    notice.set(done.apply(row, reading));
                    reload();
                })
                .onFailure(failure -> {
                    working.set(false);
                    String message = UserMessages.describe(failure);
                    if (failure instanceof ConcurrentChangeException || failure instanceof NotFoundException) {
                        ui.dialogs().showError(errorTitle, message);
                        reload();
                    } else if (refused != null && failure instanceof ValidationException) {
                        refused.accept(message);
                    } else {
                        ui.dialogs().showError(errorTitle, message);
                    }
                }));
    }

    public ObservableList<ReadingQueueRow> rows() {
        return rowsView;
    }

    /** The table's selection: what the actions work on. */
    public ObjectProperty<ReadingQueueRow> selectedProperty() {
        return selected;
    }

    /** «Ожидают: N». */
    public StringBinding countTextProperty() {
        return countText;
    }

    /** Why the queue could not be loaded, or empty. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** What the last decision did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Accept, correct and reject: a reading selected, nothing under way, and the right to edit. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }
}

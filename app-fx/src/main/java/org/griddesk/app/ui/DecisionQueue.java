package org.griddesk.app.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
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
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.ValidationException;

/**
 * A queue of waiting items a clerk decides one at a time, oldest first (readings, link requests, fault notices):
 * loading in the background, the selection, and one decision at a time. A decided item leaves the list at once so
 * it cannot be decided twice; another clerk's decision first is shown and the list reloaded.
 */
public final class DecisionQueue<R> implements Activatable {
    /** Loads the waiting items as rows, at most {@code limit}. */
    public interface Loader<R> {
        List<R> load(Operator operator, int limit) throws Exception;
    }

    /** One decision on {@code row}; its result goes to the notice. */
    public interface Decision<R, T> {
        T run(Operator operator, R row) throws Exception;
    }

    private final UiContext ui;
    private final String loadingTitle;
    private final int limit;
    private final Loader<R> loader;
    private final ToLongFunction<R> id;
    private final LatestRequest loads;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObservableList<R> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final BooleanProperty truncated = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringBinding countText;
    private final BooleanBinding canDecide;

    /** {@code countLabel}: «Ожидают», «Заявок»…; {@code id}: what tells one row's item from another's. */
    public DecisionQueue(UiContext ui, String loadingTitle, String countLabel, int limit, Loader<R> loader,
                         ToLongFunction<R> id) {
        this.ui = ui;
        this.loadingTitle = loadingTitle;
        this.limit = limit;
        this.loader = loader;
        this.id = id;
        this.loads = new LatestRequest(ui.executor());
        countText = Bindings.createStringBinding(() -> truncated.get()
                ? "Показаны первые " + Counts.of(rows.size()) : countLabel + ": " + Counts.of(rows.size()), rows, truncated);
        canDecide = Bindings.createBooleanBinding(() -> {
            Operator operator = ui.session().operatorProperty().get();
            return selected.get() != null && !working.get() && operator != null && operator.may(Permission.EDIT_CASES);
        }, selected, working, ui.session().operatorProperty());
    }

    /** «Обновить»: the waiting items as they are now; a load still running is superseded. */
    public void reload() {
        Operator operator = ui.session().operator();
        loading.set(true);
        errorText.set("");
        loads.run(BackgroundTask.of(loadingTitle, () -> loader.load(operator, limit))
                .onSuccess(loaded -> {
                    loading.set(false);
                    rows.setAll(loaded);
                    truncated.set(loaded.size() >= limit);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** The tab is shown: the waiting items as they are now. */
    @Override
    public void activate() {
        reload();
    }

    /** The tab is gone: a load still running is not waited for. */
    @Override
    public void deactivate() {
        loads.cancel();
    }

    /**
     * One decision on the selected item as the clerk saw it. A refusal the clerk can answer by retyping goes to
     * {@code refused} when given (a dialog shows it again with what was typed); other failures to an error dialog.
     */
    public <T> void decide(String title, String errorTitle, Decision<R, T> decision, BiFunction<R, T, String> done,
                           Consumer<String> refused) {
        R row = selected.get();
        if (row == null || working.get()) {
            return;
        }
        Operator operator = ui.session().operator();
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, () -> decision.run(operator, row))
                .onSuccess(result -> {
                    working.set(false);
                    rows.removeIf(shown -> id.applyAsLong(shown) == id.applyAsLong(row));
                    notice.set(done.apply(row, result));
                    reload();
                })
                .onFailure(failure -> {
                    working.set(false);
                    String message = UserMessages.describe(failure);
                    if (refused != null && failure instanceof ValidationException) {
                        refused.accept(message);
                        return;
                    }
                    ui.dialogs().showError(errorTitle, message);
                    if (failure instanceof ConcurrentChangeException || failure instanceof NotFoundException) {
                        reload();
                    }
                }));
    }

    public ObservableList<R> rows() {
        return rowsView;
    }

    /** The table's selection: what the decisions work on. */
    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

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

    /** A row selected, nothing under way, and the right to edit. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public String loadingTitle() {
        return loadingTitle;
    }
}

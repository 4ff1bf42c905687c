package org.griddesk.app.accounts;

import java.util.function.Function;
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
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.accounts.LinkRequest;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;

/**
 * «Привязка счетов»: portal users' requests to see an account in their cabinet, oldest first. «Привязать» links it
 * once the service has checked the number and the owner (its refusal is shown, nothing changes); «Отказать…» answers
 * the user. A decided request leaves the list; another clerk's decision first is shown and the list reloaded.
 */
public class LinkRequestsViewModel implements Activatable {
    static final String LOADING_TITLE = "Загрузка заявок на привязку…";
    /** AccountService refuses longer answers. */
    static final int MAX_ANSWER_LENGTH = 1000;
    static final int LIMIT = 1000;

    private interface Decision {
        LinkRequest run(Operator operator, long id, long version);
    }

    private final AccountService accounts;
    private final UiContext ui;
    private final LatestRequest loads;
    private final ObservableList<LinkRequestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LinkRequestRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<LinkRequestRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty truncated = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringBinding countText;
    private final BooleanBinding canDecide;

    public LinkRequestsViewModel(AccountService accounts, UiContext ui) {
        this.accounts = accounts;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        countText = Bindings.createStringBinding(() -> truncated.get()
                ? "Показаны первые " + Counts.of(rows.size()) : "Заявок: " + Counts.of(rows.size()), rows, truncated);
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

    /** «Обновить»: the waiting requests as they are now; a load still running is superseded. */
    public void reload() {
        Operator operator = ui.session().operator();
        loading.set(true);
        errorText.set("");
        loads.run(BackgroundTask.of(LOADING_TITLE, () -> accounts.pendingRequests(operator, LIMIT))
                .onSuccess(loaded -> {
                    loading.set(false);
                    rows.setAll(loaded.stream().map(LinkRequestRow::of).toList());
                    truncated.set(loaded.size() >= LIMIT);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** «Привязать»: the account appears in the user's cabinet. */
    public void confirm() {
        decide("Привязка лицевого счёта…", "Лицевой счёт не привязан",
                (operator, id, version) -> accounts.confirm(operator, id, version),
                row -> "Лицевой счёт № " + row.account() + " привязан к личному кабинету: " + row.user());
    }

    /** «Отказать…»: {@code answer} is what the user reads in the cabinet. */
    public void refuse(String answer) {
        decide("Отказ в привязке…", "Отказ не сохранён",
                (operator, id, version) -> accounts.refuse(operator, id, version, answer),
                row -> "В привязке счёта № " + row.account() + " отказано: " + row.user());
    }

    /** The answer «Отказать…» offers: the seed's. */
    public String suggestedRefusal() {
        return AccountService.NOT_FOUND;
    }

    /**
     * One decision on the selected request as the clerk saw it. A refusal by the service's checks leaves everything
     * as it was; a request decided elsewhere meanwhile reloads the list.
     */
    private void decide(String title, String errorTitle, Decision decision, Function<LinkRequestRow, String> done) {
        LinkRequestRow row = selected.get();
        if (row == null || working.get()) {
            return;
        }
        Operator operator = ui.session().operator();
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, () -> decision.run(operator, row.id(), row.version()))
                .onSuccess(request -> {
                    working.set(false);
                    // Gone at once, so it cannot be decided twice; the reload brings other clerks' work too.
                    rows.removeIf(shown -> shown.id() == row.id());
                    notice.set(done.apply(row));
                    reload();
                })
                .onFailure(failure -> {
                    working.set(false);
                    ui.dialogs().showError(errorTitle, UserMessages.describe(failure));
                    if (failure instanceof ConcurrentChangeException || failure instanceof NotFoundException) {
                        reload();
                    }
                }));
    }

    public ObservableList<LinkRequestRow> rows() {
        return rowsView;
    }

    /** The table's selection: what the actions work on. */
    public ObjectProperty<LinkRequestRow> selectedProperty() {
        return selected;
    }

    /** «Заявок: N». */
    public StringBinding countTextProperty() {
        return countText;
    }

    /** Why the requests could not be loaded, or empty. */
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

    /** «Привязать» and «Отказать…»: a request selected, nothing under way, and the right to edit. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }
}

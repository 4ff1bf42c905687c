package org.griddesk.app.registrations;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.RememberedLayout;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.preferences.TableLayout;
import org.griddesk.core.access.Permission;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.RegistrationCard;
import org.griddesk.core.registrations.RegistrationPage;
import org.griddesk.core.registrations.RegistrationQuery;
import org.griddesk.core.registrations.RegistrationService;
import org.griddesk.core.registrations.RegistrationState;

/**
 * "Регистрации": the queue of portal registrations (newest first) and the card of the selected one with the
 * clerk's actions. Every database call runs in the background; only the newest load may show its result.
 */
public class RegistrationsViewModel implements Activatable {
    static final String LOADING_TITLE = "Загрузка регистраций…";

    private record Loaded(RegistrationPage page, Map<Long, Integer> duplicates) {
    }

    private interface Action {
        RegistrationCard run(Operator operator, long id, long version) throws Exception;
    }

    private final RegistrationService registrations;
    private final UiContext ui;

    private final ObjectProperty<ApplicantType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<RegistrationState> state = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<RegistrationQueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RegistrationQueueRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Long> selectedId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RegistrationCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canConfirm;
    private final BooleanBinding canReview;
    private final BooleanBinding canBlock;
    private final BooleanBinding canUnblock;

    // Typing a phone digit by digit must not send a query per key.
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(300));
    private final LatestRequest listLoads;
    private final LatestRequest cardLoads;
    private final RememberedLayout layout;
    private final ReadOnlyObjectWrapper<List<TableLayout.Column>> savedColumns = new ReadOnlyObjectWrapper<>(List.of());
    private boolean active;
    private Runnable unsubscribe = () -> { };

    /** The operator's column widths and order come from {@code preferences} and are saved there. */
    public RegistrationsViewModel(RegistrationService registrations, PreferenceService preferences, UiContext ui) {
        this.registrations = registrations;
        this.ui = ui;
        this.layout = new RememberedLayout(preferences, ui, "registrations");
        this.listLoads = new LatestRequest(ui.executor());
        this.cardLoads = new LatestRequest(ui.executor());
        type.addListener(observable -> filterChanged());
        state.addListener(observable -> filterChanged());
        searchText.addListener(observable -> {
            if (active) {
                searchPause.playFromStart();
            }
        });
        searchPause.setOnFinished(event -> filterChanged());
        canReview = inState(RegistrationState.NEW, RegistrationState.CORRECTION_REQUESTED);
        canConfirm = canReview;
        canBlock = Bindings.createBooleanBinding(() -> editable() && card.get() != null
                && card.get().registration().state() != RegistrationState.BLOCKED, card, working);
        canUnblock = inState(RegistrationState.BLOCKED);
    }

    private BooleanBinding inState(RegistrationState... states) {
        List<RegistrationState> allowed = List.of(states);
        return Bindings.createBooleanBinding(() -> editable() && card.get() != null
                && allowed.contains(card.get().registration().state()), card, working);
    }

    private boolean editable() {
        Operator operator = ui.session().operator();
        return !working.get() && operator != null && operator.may(Permission.EDIT_CASES);
    }

    @Override
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        Runnable restored = ui.events().subscribe(ConnectionRestoredEvent.class, event -> onFx(this::reload));
        // New portal registrations and other clerks' decisions: the newest load wins, so one under way is superseded.
        Runnable changed = ui.events().subscribe(RegistrationsChangedEvent.class, event -> reload());
        unsubscribe = () -> {
            restored.run();
            changed.run();
        };
        reload();
        layout.load(saved -> savedColumns.set(saved.columns()));
    }

    /** The table's columns as the operator dragged them. */
    public void columnsArranged(List<TableLayout.Column> columns) {
        layout.change(saved -> saved.withColumns(columns));
    }

    /** The operator's saved columns, once loaded: the view arranges its table by them. */
    public ReadOnlyObjectProperty<List<TableLayout.Column>> savedColumnsProperty() {
        return savedColumns.getReadOnlyProperty();
    }

    @Override
    public void deactivate() {
        active = false;
        searchPause.stop();
        layout.flush();
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    /** Loads the queue with the current filter, and for each row how many duplicates it has. */
    public void reload() {
        searchPause.stop();
        RegistrationQuery query = new RegistrationQuery(type.get(), state.get(), searchText.get(), null, 0,
                RegistrationQuery.DEFAULT_PAGE_SIZE);
        Operator operator = ui.session().operator();
        loading.set(true);
        errorText.set("");
        listLoads.run(BackgroundTask.of(LOADING_TITLE, () -> load(operator, query))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    private Loaded load(Operator operator, RegistrationQuery query) {
        RegistrationPage page = registrations.list(operator, query);
        return new Loaded(page, registrations.duplicateCounts(operator, page));
    }

    private void show(Loaded loaded) {
        rows.setAll(loaded.page().rows().stream().map(row -> RegistrationQueueRow.of(row,
                loaded.duplicates().getOrDefault(row.registration().id(), 0))).toList());
        long total = loaded.page().totalCount();
        String all = Counts.of(total);
        totalText.set(rows.size() < total ? "Показано " + rows.size() + " из " + all : "Всего: " + all);
        loading.set(false);
    }

    /** Shows the card of a registration; null clears the detail pane. */
    public void select(Long id) {
        if (id != null && id.equals(selectedId.get()) && card.get() != null) {
            return;
        }
        selectedId.set(id);
        notice.set("");
        if (id == null) {
            card.set(null);
            return;
        }
        loadCard(id, card::set);
    }

    private void loadCard(long id, Consumer<RegistrationCard> then) {
        Operator operator = ui.session().operator();
        cardLoads.run(BackgroundTask.of("Загрузка регистрации…", () -> registrations.open(operator, id))
                .onSuccess(then)
                .onFailure(failure -> {
                    card.set(null);
                    notice.set(UserMessages.describe(failure));
                }));
    }

    /** A duplicate's link: another registration opens here; an applicant without one is described. */
    public void openDuplicate(Duplicate duplicate) {
        if (duplicate.otherRegistrationId() != null) {
            select(duplicate.otherRegistrationId());
        } else {
            ui.dialogs().showInfo("Заявитель №" + duplicate.applicantId(), duplicate.message()
                    + ". Заявитель зарегистрирован без регистрации на портале; найдите его обращения "
                    + "в разделе «Документооборот».");
        }
    }

    public void confirm() {
        act("Подтверждение регистрации…", "Регистрация не подтверждена", "Регистрация подтверждена",
                (operator, id, version) -> registrations.confirm(operator, id, version));
    }

    public void reject(String reason) {
        act("Отклонение регистрации…", "Регистрация не отклонена", "Регистрация отклонена, письмо заявителю поставлено в очередь",
                (operator, id, version) -> registrations.reject(operator, id, version, reason));
    }

    public void requestCorrection(String reason) {
        act("Запрос исправления…", "Исправление не запрошено", "Запрос исправления: письмо заявителю поставлено в очередь",
                (operator, id, version) -> registrations.requestCorrection(operator, id, version, reason));
    }

    public void block(String reason) {
        act("Блокировка…", "Учётная запись не заблокирована", "Учётная запись заблокирована",
                (operator, id, version) -> registrations.block(operator, id, version, reason));
    }

    public void unblock() {
        act("Разблокировка…", "Учётная запись не разблокирована", "Учётная запись разблокирована",
                (operator, id, version) -> registrations.unblock(operator, id, version));
    }

    /** One action on the card as the clerk saw it; a concurrent change shows the fresh data instead. */
    private void act(String title, String errorTitle, String done, Action action) {
        RegistrationCard seen = card.get();
        if (seen == null || working.get()) {
            return;
        }
        long id = seen.registration().id();
        long version = seen.registration().version();
        Operator operator = ui.session().operator();
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, () -> action.run(operator, id, version))
                .onSuccess(changed -> {
                    working.set(false);
                    cardLoads.cancel();
                    card.set(changed);
                    notice.set(done);
                    reload();
                })
                .onFailure(failure -> {
                    working.set(false);
                    ui.dialogs().showError(errorTitle, UserMessages.describe(failure));
                    if (failure instanceof ConcurrentChangeException) {
                        loadCard(id, card::set);
                        reload();
                    }
                }));
    }

    private void filterChanged() {
        if (active) {
            reload();
        }
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ObjectProperty<ApplicantType> typeProperty() {
        return type;
    }

    public ObjectProperty<RegistrationState> stateProperty() {
        return state;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<RegistrationQueueRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Long> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegistrationCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** The outcome of the last action, or why the card could not be opened. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /** Reject and request a correction: only while the registration is under review. */
    public BooleanBinding canReviewProperty() {
        return canReview;
    }

    public BooleanBinding canBlockProperty() {
        return canBlock;
    }

    public BooleanBinding canUnblockProperty() {
        return canUnblock;
    }
}

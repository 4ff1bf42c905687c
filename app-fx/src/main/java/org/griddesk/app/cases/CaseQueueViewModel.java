package org.griddesk.app.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.util.Duration;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.RememberedLayout;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseScope;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.cases.SigningFilter;
import org.griddesk.core.deadlines.DueFilter;
import org.griddesk.core.deadlines.WorkingCalendar;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.access.Operator;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.preferences.TableLayout;

/**
 * "Документооборот": the clerk's queue of cases. Filters, sorting and paging are done by the database;
 * every load runs in the background and only the newest request may show its result.
 */
public class CaseQueueViewModel implements Activatable {
    static final String LOADING_TITLE = "Загрузка обращений…";
    static final String TABLE = "queue";

    private record Loaded(CaseQuery query, CasePage page, List<String> dictionary, WorkingCalendar calendar,
                          LocalDate today) {
    }

    private final CaseService cases;
    private final DeadlineService deadlines;
    private final UiContext ui;
    private final LongConsumer openCase;

    private final ObservableSet<String> selectedStatuses = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<CaseKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<DueFilter> dueFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SigningFilter> signingFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<QueueOwner> owner = new SimpleObjectProperty<>(QueueOwner.ALL);
    private final ReadOnlyObjectWrapper<CaseQuery> shownQuery = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaseSortColumn> sortColumn = new ReadOnlyObjectWrapper<>(CaseSortColumn.UPDATED);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final IntegerProperty pageSize = new SimpleIntegerProperty(TableLayout.DEFAULT_PAGE_SIZE);
    private final ReadOnlyObjectWrapper<List<TableLayout.Column>> savedColumns = new ReadOnlyObjectWrapper<>(List.of());

    private final ObservableList<CaseQueueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StatusCount> statusCounters = FXCollections.observableArrayList();
    private final ObservableList<StatusCount> statusOptions = FXCollections.observableArrayList();
    private final ObservableList<CaseQueueRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<StatusCount> readOnlyCounters = FXCollections.unmodifiableObservableList(statusCounters);
    private final ObservableList<StatusCount> readOnlyOptions = FXCollections.unmodifiableObservableList(statusOptions);
    private final ReadOnlyLongWrapper totalCount = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper countersTotal = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);

    // Typing a number digit by digit must not send a query per key.
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(300));
    private final LatestRequest loads;
    private final RememberedLayout layout;
    private List<CaseSummary> shownRows = List.of();
    private boolean quiet;
    private boolean active;
    private Runnable unsubscribe = () -> { };

    /** The operator's columns, sort and page size come from {@code preferences} and are saved there as they change. */
    public CaseQueueViewModel(CaseService cases, DeadlineService deadlines, PreferenceService preferences, UiContext ui,
                              LongConsumer openCase) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.ui = ui;
        this.loads = new LatestRequest(ui.executor());
        this.layout = new RememberedLayout(preferences, ui, TABLE);
        this.openCase = openCase;
        pageSize.addListener(observable -> {
            layout.change(saved -> saved.withPageSize(pageSize.get()));
            filterChanged();
        });
        selectedStatuses.addListener((SetChangeListener<String>) change -> filterChanged());
        kind.addListener(observable -> filterChanged());
        createdFrom.addListener(observable -> filterChanged());
        createdTo.addListener(observable -> filterChanged());
        dueFilter.addListener(observable -> filterChanged());
        signingFilter.addListener(observable -> filterChanged());
        owner.addListener(observable -> filterChanged());
        searchText.addListener(observable -> searchChanged());
        searchPause.setOnFinished(event -> filterChanged());
    }

    @Override
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        Runnable changes = ui.events().subscribe(CaseChangedEvent.class, event -> onFx(this::reload));
        Runnable reconnects = ui.events().subscribe(ConnectionRestoredEvent.class, event -> onFx(this::reload));
        Runnable shows = ui.events().subscribe(ShowCasesEvent.class, event -> onFx(() -> showOnly(event.searchText())));
        unsubscribe = () -> {
            changes.run();
            reconnects.run();
            shows.run();
        };
        // The operator's sort and page size decide the first query: loading until they are here.
        loading.set(true);
        layout.load(saved -> {
            if (active) {
                restore(saved);
            } else {
                loading.set(false);
            }
        });
    }

    /** The operator's sort and page size, then the first page; the view arranges the columns. */
    private void restore(TableLayout saved) {
        quietly(() -> {
            sortColumn.set(sortColumnNamed(saved.sortColumn()));
            ascending.set(saved.sortColumn() != null && saved.ascending());
            pageSize.set(saved.pageSize());
        });
        savedColumns.set(saved.columns());
    }

    private static CaseSortColumn sortColumnNamed(String name) {
        return Arrays.stream(CaseSortColumn.values()).filter(column -> column.name().equals(name)).findFirst()
                .orElse(CaseSortColumn.UPDATED);
    }

    /** The table's columns as the operator dragged them. */
    public void columnsArranged(List<TableLayout.Column> columns) {
        layout.change(saved -> saved.withColumns(columns));
    }

    /** «Перейти к странице»: {@code typed} is the page's number; a jump skips rows in the database (OFFSET). */
    public void goToPage(String typed) {
        long pages = pageCount();
        int page;
        try {
            page = Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        if (page < 1 || page > pages) {
            errorText.set("Номер страницы — от 1 до " + Counts.of(pages));
            return;
        }
        offset.set((page - 1) * pageSize.get());
        reload();
    }

    private long pageCount() {
        return Math.max(1, (totalCount.get() + pageSize.get() - 1) / pageSize.get());
    }

    @Override
    public void deactivate() {
        active = false;
        searchPause.stop();
        layout.flush();
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    /** Loads the current page with the current filter; an older request still running is ignored when it ends. */
    public void reload() {
        load(query());
    }

    private void load(CaseQuery query) {
        searchPause.stop();
        Operator operator = ui.session().operator();
        loading.set(true);
        errorText.set("");
        QueueOwner whose = owner.get();
        DueFilter due = dueFilter.get();
        SigningFilter signing = signingFilter.get();
        loads.run(BackgroundTask.of(LOADING_TITLE, () -> {
                    // «Срок» counts working days from today by the calendar as it is now in the database.
                    WorkingCalendar calendar = deadlines.workingCalendar();
                    LocalDate today = deadlines.today();
                    CaseQuery scoped = query.within(new CaseScope(whose == QueueOwner.MINE ? operator.id() : null,
                            whose == QueueOwner.UNASSIGNED, due == null ? null : due.from(today),
                            due == null ? null : due.to(today, calendar), signing, true));
                    return new Loaded(scoped, cases.find(operator, scoped), cases.statusDictionary(), calendar, today);
                })
                .onSuccess(loaded -> show(loaded.query(), loaded))
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** Continues from the shown page's last row: page 500 costs what page 2 does. */
    public void nextPage() {
        if (hasNext.get() && !shownRows.isEmpty()) {
            CaseQuery next = query().nextAfter(shownRows.getLast());
            offset.set(next.offset());
            load(next);
        }
    }

    public void previousPage() {
        if (hasPrevious.get() && !shownRows.isEmpty()) {
            CaseQuery previous = query().previousBefore(shownRows.getFirst());
            offset.set(previous.offset());
            load(previous);
        }
    }

    public void sortBy(CaseSortColumn column, boolean ascendingOrder) {
        CaseSortColumn wanted = column == null ? CaseSortColumn.UPDATED : column;
        if (wanted == sortColumn.get() && ascendingOrder == ascending.get()) {
            return;
        }
        sortColumn.set(wanted);
        ascending.set(ascendingOrder);
        layout.change(saved -> saved.withSort(wanted.name(), ascendingOrder));
        offset.set(0);
        if (active) {
            reload();
        }
    }

    public void open(CaseQueueRow row) {
        if (row != null) {
            openCase.accept(row.id());
        }
    }

    public void resetFilters() {
        showOnly("");
    }

    /** Every other filter off, this search text on: one query. */
    private void showOnly(String text) {
        quietly(() -> {
            selectedStatuses.clear();
            kind.set(null);
            createdFrom.set(null);
            createdTo.set(null);
            dueFilter.set(null);
            signingFilter.set(null);
            owner.set(QueueOwner.ALL);
            searchText.set(text);
        });
    }

    public void setStatusSelected(String status, boolean selected) {
        if (selected) {
            selectedStatuses.add(status);
        } else {
            selectedStatuses.remove(status);
        }
    }

    /** A counter chip: only this status. */
    public void showOnlyStatus(String status) {
        quietly(() -> {
            selectedStatuses.clear();
            selectedStatuses.add(status);
        });
    }

    public void showAllStatuses() {
        selectedStatuses.clear();
    }

    /** Applies several filter changes with one query instead of one per change. */
    private void quietly(Runnable changes) {
        quiet = true;
        try {
            changes.run();
        } finally {
            quiet = false;
        }
        filterChanged();
    }

    private void filterChanged() {
        if (quiet) {
            return;
        }
        offset.set(0);
        if (active) {
            reload();
        }
    }

    private void searchChanged() {
        if (!quiet && active) {
            searchPause.playFromStart();
        }
    }

    private CaseQuery query() {
        return new CaseQuery(Set.copyOf(selectedStatuses), kind.get(), createdFrom.get(), createdTo.get(),
                searchText.get(), sortColumn.get(), ascending.get(), offset.get(), pageSize.get());
    }

    private void show(CaseQuery query, Loaded loaded) {
        CasePage page = loaded.page();
        if (page.rows().isEmpty() && query.offset() > 0 && page.totalCount() > 0) {
            // Cases went away under the current page (another workstation): go to the last page that exists.
            offset.set((int) ((page.totalCount() - 1) / pageSize.get() * pageSize.get()));
            reload();
            return;
        }
        shownRows = page.rows();
        shownQuery.set(query);
        rows.setAll(page.rows().stream().map(row -> CaseQueueRow.of(row, loaded.calendar(), loaded.today())).toList());
        totalCount.set(page.totalCount());
        int first = query.offset() + 1;
        int last = query.offset() + page.rows().size();
        pageText.set(page.rows().isEmpty() ? "0 из " + Counts.of(page.totalCount())
                : Counts.of(first) + "–" + Counts.of(last) + " из " + Counts.of(page.totalCount()) + " · стр. "
                + Counts.of(query.offset() / pageSize.get() + 1) + " из " + Counts.of(pageCount()));
        hasPrevious.set(query.offset() > 0);
        hasNext.set(last < page.totalCount());
        showCounters(loaded);
        loading.set(false);
    }

    /** Dictionary statuses first in their own order, then typed ones; selected statuses never disappear. */
    private void showCounters(Loaded loaded) {
        Map<String, Long> counted = new LinkedHashMap<>();
        loaded.page().counts().forEach(count -> counted.put(count.status(), count.count()));
        LinkedHashSet<String> order = new LinkedHashSet<>(loaded.dictionary());
        order.addAll(counted.keySet());
        order.addAll(selectedStatuses);
        List<StatusCount> options = new ArrayList<>();
        for (String status : order) {
            options.add(new StatusCount(status, counted.getOrDefault(status, 0L)));
        }
        List<StatusCount> nonEmpty = options.stream().filter(option -> option.count() > 0).toList();
        // Replacing equal lists would rebuild the menus and chips under the operator's mouse.
        if (!options.equals(statusOptions)) {
            statusOptions.setAll(options);
        }
        if (!nonEmpty.equals(statusCounters)) {
            statusCounters.setAll(nonEmpty);
        }
        countersTotal.set(counted.values().stream().mapToLong(Long::longValue).sum());
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ObservableSet<String> selectedStatuses() {
        return selectedStatuses;
    }

    public ObjectProperty<CaseKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    /** «Подписание»: where the case's signatures and contract stand; null keeps every case. */
    public ObjectProperty<SigningFilter> signingFilterProperty() {
        return signingFilter;
    }

    /** «Срок»: overdue, due today or in three working days; null keeps every case. */
    public ObjectProperty<DueFilter> dueFilterProperty() {
        return dueFilter;
    }

    public ObjectProperty<QueueOwner> ownerProperty() {
        return owner;
    }

    /** The query of the page on screen, with its «Исполнитель» and «Срок» scope: what «Выгрузить» exports. */
    public ReadOnlyObjectProperty<CaseQuery> shownQueryProperty() {
        return shownQuery.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<CaseSortColumn> sortColumnProperty() {
        return sortColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    /** Rows a page: one of {@link TableLayout#PAGE_SIZES}. */
    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    /** The operator's saved columns, once loaded: the view arranges its table by them. */
    public ReadOnlyObjectProperty<List<TableLayout.Column>> savedColumnsProperty() {
        return savedColumns.getReadOnlyProperty();
    }

    public ObservableList<CaseQueueRow> rows() {
        return readOnlyRows;
    }

    /** Per status, for the current filter apart from the status part; only statuses that have cases. */
    public ObservableList<StatusCount> statusCounters() {
        return readOnlyCounters;
    }

    /** What the status filter offers: the dictionary, typed statuses and the selected ones, with counts. */
    public ObservableList<StatusCount> statusOptions() {
        return readOnlyOptions;
    }

    public ReadOnlyLongProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Cases matching the filter whatever their status: the sum of the counters. */
    public ReadOnlyLongProperty countersTotalProperty() {
        return countersTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }
}

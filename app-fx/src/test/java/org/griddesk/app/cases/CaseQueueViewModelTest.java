package org.griddesk.app.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.preferences.TableLayout;
import org.griddesk.core.testing.InMemoryPreferences;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.applicants.Applicant;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.access.Operator;
import org.griddesk.core.deadlines.DeadlineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The queue against the real demo database, without a window. */
class CaseQueueViewModelTest {
    private static final String TYPED_STATUS = "Ожидание оплаты счёта";

    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final EventBus events = new EventBus();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private TaskExecutor executor;
    private CaseQueueViewModel model;

    @BeforeAll
    static void startDatabase() throws Exception {
        FxToolkit.registerPrimaryStage();
        grid = TestGridDesk.demo(home);
        clerk = grid.clerk();
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @BeforeEach
    void openQueue() {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(clerk);
        UiContext ui = new UiContext(executor, dialogs, events, session);
        model = fx(() -> new CaseQueueViewModel(grid.caseService(), grid.bean(DeadlineService.class), new PreferenceService(new InMemoryPreferences()), ui, opened::add));
        fx(model::activate);
        awaitLoaded();
    }

    @AfterEach
    void closeQueue() {
        fx(model::deactivate);
        executor.close();
        assertEquals(List.of(), dialogs.errors());
        assertEquals("", model.errorTextProperty().get());
    }

    @Test
    void firstLoadShowsOnePageOfAllCases() {
        assertEquals(100, model.rows().size());
        assertEquals(600, model.totalCountProperty().get());
        assertEquals("1–100 из 600 · стр. 1 из 6", model.pageTextProperty().get());
        assertEquals("1 000 000", org.griddesk.app.ui.Counts.of(1_000_000).replace('\u00a0', ' ').replace('\u202f', ' '));
        assertEquals(600, model.countersTotalProperty().get());
        assertTrue(model.statusCounters().contains(new StatusCount(TYPED_STATUS, 100)), model.statusCounters().toString());
        for (String status : CaseStatuses.SEEDED) {
            assertTrue(model.statusCounters().contains(new StatusCount(status, 100)), status);
        }
        assertFalse(model.hasPreviousProperty().get());
        assertTrue(model.hasNextProperty().get());
        assertTrue(model.rows().getFirst().created().matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"));
    }

    @Test
    void statusFilterShowsOnlyThatStatusAndMatchesItsCounter() {
        String status = CaseStatuses.SEEDED.get(1);
        fx(() -> model.setStatusSelected(status, true));
        awaitLoaded();

        assertTrue(model.rows().stream().allMatch(row -> row.status().equals(status)));
        long counter = model.statusCounters().stream().filter(c -> c.status().equals(status)).findFirst().orElseThrow().count();
        assertEquals(counter, model.totalCountProperty().get());
        assertEquals(600, model.countersTotalProperty().get(), "counters ignore the status part of the filter");

        fx(model::resetFilters);
        awaitLoaded();
        assertEquals(600, model.totalCountProperty().get());
    }

    @Test
    void newerRequestWinsOverAnOlderOneStillRunning() {
        fx(() -> {
            model.setStatusSelected(CaseStatuses.INITIAL, true);
            model.showOnlyStatus(TYPED_STATUS);
        });
        awaitLoaded();
        assertEquals(100, model.totalCountProperty().get());
        assertTrue(model.rows().stream().allMatch(row -> row.status().equals(TYPED_STATUS)));
    }

    @Test
    void kindFilterNarrowsToThatKind() {
        fx(() -> model.kindProperty().set(CaseKind.MESSAGE));
        awaitLoaded();
        assertTrue(model.totalCountProperty().get() < 600);
        assertTrue(model.rows().stream().allMatch(row -> row.kind().equals(CaseKind.MESSAGE.title())));
    }

    @Test
    void searchByApplicantIdentifiersNarrowsTheQueue() {
        List<CaseCard> cards = model.rows().stream().limit(40).map(row -> grid.caseService().open(clerk, row.id())).toList();
        CaseCard withInn = cards.stream().filter(card -> card.applicant().inn() != null).findFirst().orElseThrow();
        CaseCard withSnils = cards.stream().filter(card -> card.applicant().snils() != null).findFirst().orElseThrow();

        searchFinds(withInn.applicant().inn().value(), withInn);
        searchFinds(withSnils.applicant().snils().formatted(), withSnils);
        searchFinds(cards.getFirst().applicant().phone().formatted(), cards.getFirst());
    }

    @Test
    void sortsByRegistrationNumberInTheDatabase() {
        fx(() -> model.sortBy(CaseSortColumn.REGISTRATION_NUMBER, true));
        awaitLoaded();
        List<String> numbers = model.rows().stream().map(CaseQueueRow::registrationNumber).toList();
        Comparator<String> numeric = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        assertEquals(numbers.stream().sorted(numeric).toList(), numbers);
        assertFalse(numbers.getFirst().isEmpty(), "cases without a number come last");
        assertEquals(CaseSortColumn.REGISTRATION_NUMBER, model.sortColumnProperty().get());

        fx(() -> model.sortBy(CaseSortColumn.REGISTRATION_NUMBER, false));
        awaitLoaded();
        String highest = model.rows().stream().map(CaseQueueRow::registrationNumber).filter(n -> !n.isEmpty())
                .findFirst().orElseThrow();
        assertTrue(numeric.compare(highest, numbers.getLast()) > 0);
    }

    @Test
    void thePageSizeAJumpToAPageAndTheSortAreRememberedForTheOperator() {
        PreferenceService preferences = new PreferenceService(new InMemoryPreferences());
        CaseQueueViewModel first = fx(() -> new CaseQueueViewModel(grid.caseService(), grid.bean(DeadlineService.class), preferences, ui(), id -> { }));
        fx(first::activate);
        await(() -> !first.loadingProperty().get());
        fx(() -> first.pageSizeProperty().set(50));
        await(() -> !first.loadingProperty().get() && first.rows().size() == 50);
        assertEquals("1–50 из 600 · стр. 1 из 12", first.pageTextProperty().get());
        fx(() -> first.goToPage(" 12 "));
        await(() -> !first.loadingProperty().get() && first.offsetProperty().get() == 550);
        assertEquals("551–600 из 600 · стр. 12 из 12", first.pageTextProperty().get());
        fx(() -> first.goToPage("13"));
        assertEquals("Номер страницы — от 1 до 12", first.errorTextProperty().get());
        fx(() -> first.sortBy(CaseSortColumn.CREATED, true));
        await(() -> !first.loadingProperty().get() && first.errorTextProperty().get().isEmpty());
        fx(() -> first.columnsArranged(List.of(new TableLayout.Column("STATUS", 300))));
        fx(first::deactivate);
        await(() -> preferences.tableLayout(clerk, CaseQueueViewModel.TABLE).sortColumn() != null
                && !preferences.tableLayout(clerk, CaseQueueViewModel.TABLE).columns().isEmpty());

        CaseQueueViewModel again = fx(() -> new CaseQueueViewModel(grid.caseService(), grid.bean(DeadlineService.class), preferences, ui(), id -> { }));
        fx(again::activate);
        await(() -> !again.loadingProperty().get() && !again.rows().isEmpty());
        assertEquals(50, again.rows().size());
        assertEquals(CaseSortColumn.CREATED, again.sortColumnProperty().get());
        assertTrue(again.ascendingProperty().get());
        assertEquals(List.of(new TableLayout.Column("STATUS", 300)), again.savedColumnsProperty().get());
        fx(again::deactivate);
    }

    private UiContext ui() {
        Session session = new Session();
        session.logIn(clerk);
        return new UiContext(executor, dialogs, events, session);
    }

    @Test
    void pagesForwardAndBack() {
        long firstOfFirstPage = model.rows().getFirst().id();
        fx(model::nextPage);
        awaitLoaded();
        assertEquals(100, model.offsetProperty().get());
        assertEquals("101–200 из 600 · стр. 2 из 6", model.pageTextProperty().get());
        assertTrue(model.hasPreviousProperty().get());
        assertNotEquals(firstOfFirstPage, model.rows().getFirst().id());

        fx(model::previousPage);
        awaitLoaded();
        assertEquals(0, model.offsetProperty().get());
        assertEquals(firstOfFirstPage, model.rows().getFirst().id());
    }

    @Test
    void openingARowPassesItsId() {
        CaseQueueRow row = model.rows().get(3);
        fx(() -> model.open(row));
        assertEquals(List.of(row.id()), opened);
    }

    @Test
    void reloadsOnCaseChangedUntilDeactivated() {
        long caseId = model.rows().getLast().id();
        String original = grid.caseService().open(clerk, caseId).status();
        String marker = "Проверка обновления очереди";
        StatusCount markerCounter = new StatusCount(marker, 1);
        setStatus(caseId, marker);
        try {
            assertTrue(publishChangeOf(caseId), "a change starts a reload");
            awaitLoaded();
            assertTrue(model.statusCounters().contains(markerCounter), model.statusCounters().toString());

            fx(model::deactivate);
            setStatus(caseId, original);
            assertFalse(publishChangeOf(caseId), "a deactivated queue does not listen");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(model.statusCounters().contains(markerCounter));
        } finally {
            if (!grid.caseService().open(clerk, caseId).status().equals(original)) {
                setStatus(caseId, original);
            }
        }
    }

    /** Publishes as the case card does after a save; tells whether the queue started loading at once. */
    private boolean publishChangeOf(long caseId) {
        return fx(() -> {
            events.publish(new CaseChangedEvent(caseId));
            return model.loadingProperty().get();
        });
    }

    private static void setStatus(long caseId, String status) {
        CaseCard card = grid.caseService().open(clerk, caseId);
        grid.caseService().saveStatusAndNumber(clerk, caseId, card.version(), status, card.registrationNumber());
    }

    private void searchFinds(String text, CaseCard expected) {
        fx(() -> model.searchTextProperty().set(""));
        await(() -> !model.loadingProperty().get() && model.totalCountProperty().get() == 600);
        fx(() -> model.searchTextProperty().set(text));
        await(() -> !model.loadingProperty().get() && model.totalCountProperty().get() < 600
                && model.rows().stream().anyMatch(row -> row.id() == expected.id()));
        Applicant applicant = expected.applicant();
        String shown = applicant.type().title() + " - " + applicant.displayName();
        assertTrue(model.rows().stream().allMatch(row -> row.applicant().equals(shown)), text);
    }

    private void awaitLoaded() {
        await(() -> !model.loadingProperty().get());
    }

    private static void await(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (Exception timeout) {
            throw new AssertionError("The queue did not get there in time", timeout);
        }
    }

    private static void fx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, action);
    }
}

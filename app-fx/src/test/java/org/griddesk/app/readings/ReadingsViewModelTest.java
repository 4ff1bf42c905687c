package org.griddesk.app.readings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.Counts;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.access.Operator;
import org.griddesk.core.readings.Reading;
import org.griddesk.core.readings.ReadingRules;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.core.readings.ReadingValues;
import org.griddesk.persistence.readings.JooqReadings;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance queue against the real demo database, without a window. */
class ReadingsViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TaskExecutor executor;
    private ReadingsViewModel model;

    @BeforeAll
    static void startDatabase() {
        Fx.startToolkit();
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
        UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
        model = Fx.call(() -> new ReadingsViewModel(grid.bean(ReadingService.class), ui));
        Fx.run(model::activate);
        Fx.waitUntil("queue loaded", () -> !model.queue().loadingProperty().get() && !model.queue().rows().isEmpty());
    }

    @AfterEach
    void closeQueue() {
        Fx.run(model::deactivate);
        executor.close();
    }

    @Test
    void showsTheWaitingReadingsOldestFirstWithThoseBelowThePreviousMarked() {
        List<ReadingQueueRow> rows = Fx.call(() -> List.copyOf(model.queue().rows()));
        assertThat(model.queue().countTextProperty().get()).isEqualTo("Ожидают: " + Counts.of(rows.size()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        assertThat(rows).map(row -> LocalDateTime.parse(row.submittedAt(), time)).isSorted();
        ReadingQueueRow below = rows.stream().filter(ReadingQueueRow::belowPrevious).findFirst().orElseThrow();
        assertThat(below.remark()).isEqualTo("меньше предыдущего");
        assertThat(below.consumption()).isEqualTo("—");
        assertThat(ReadingValues.parse(below.value())).isLessThan(ReadingValues.parse(below.previous()));
        ReadingQueueRow usual = rows.stream().filter(row -> !row.belowPrevious() && !row.previous().equals("—"))
                .findFirst().orElseThrow();
        assertThat(usual.remark()).isEmpty();
        assertThat(ReadingValues.parse(usual.consumption())).isEqualTo(
                ReadingValues.parse(usual.value()).subtract(ReadingValues.parse(usual.previous())));
        assertThat(usual.channel()).isEqualTo("Личный кабинет");
        assertThat(usual.account()).isNotBlank();
        assertThat(usual.meter()).isNotBlank();
    }

    @Test
    void acceptingTakesTheReadingOffTheQueueAndIntoBilling() {
        ReadingQueueRow row = select(found -> !found.belowPrevious());
        Fx.run(model::accept);
        waitUntilGone(row);
        assertThat(stored(row).state()).isEqualTo(ReadingState.ACCEPTED);
        assertThat(model.queue().noticeProperty().get())
                .isEqualTo("Показание " + row.value() + " по счёту № " + row.account() + " принято к расчёту");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void rejectingBelowThePreviousOffersTheSeedsReasonAndTakesTheReadingOff() {
        ReadingQueueRow usual = select(found -> !found.belowPrevious());
        assertThat(Fx.call(model::suggestedRejection)).isEmpty();
        ReadingQueueRow row = select(ReadingQueueRow::belowPrevious);
        String reason = Fx.call(model::suggestedRejection);
        assertThat(reason).isEqualTo(ReadingRules.LESS_THAN_PREVIOUS);
        Fx.run(() -> model.reject(reason));
        waitUntilGone(row);
        Reading rejected = stored(row);
        assertThat(rejected.state()).isEqualTo(ReadingState.REJECTED);
        assertThat(rejected.reason()).isEqualTo(ReadingRules.LESS_THAN_PREVIOUS);
        assertThat(stored(usual).state()).isEqualTo(ReadingState.SUBMITTED);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aCorrectionWithoutAReasonOrANumberIsRefusedInRussianAndChangesNothing() {
        ReadingQueueRow row = select(found -> !found.belowPrevious());
        List<String> refusals = new CopyOnWriteArrayList<>();
        Fx.run(() -> model.correct(new ReadingCorrection("12З45", false, "Опечатка"), refusals::add));
        assertThat(refusals).singleElement().asString().startsWith("Показание вводится числом");
        Fx.run(() -> model.correct(new ReadingCorrection(row.value(), false, "  "), refusals::add));
        Fx.waitUntil("reason refused", () -> refusals.size() == 2 && !model.queue().workingProperty().get());
        assertThat(refusals.get(1)).isEqualTo("Укажите причину исправления");
        assertThat(Fx.call(() -> model.queue().rows().contains(row))).isTrue();
        assertThat(stored(row).state()).isEqualTo(ReadingState.SUBMITTED);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aCorrectionWithADecimalCommaIsAcceptedWithTheClerksValue() {
        // Far from any dial's end (five digits at least), so the corrected value fits whichever meter it is.
        ReadingQueueRow row = select(found -> found.belowPrevious()
                && ReadingValues.parse(found.previous()).compareTo(BigDecimal.valueOf(90_000)) < 0);
        BigDecimal value = ReadingValues.parse(row.previous()).add(new BigDecimal("10.5"));
        String typed = value.toPlainString().replace('.', ',');
        List<String> refusals = new CopyOnWriteArrayList<>();
        Fx.run(() -> model.correct(new ReadingCorrection(typed, false, "Абонент ошибся в цифре"), refusals::add));
        waitUntilGone(row);
        Reading corrected = stored(row);
        assertThat(corrected.state()).isEqualTo(ReadingState.CORRECTED);
        assertThat(corrected.acceptedValue()).isEqualByComparingTo(value);
        assertThat(corrected.consumption()).isEqualByComparingTo("10.5");
        assertThat(model.queue().noticeProperty().get()).endsWith("исправлено на " + typed + " и принято к расчёту");
        assertThat(refusals).isEmpty();
    }

    @Test
    void aReadingAnotherClerkDecidedFirstIsRefusedAndTheQueueReloaded() {
        ReadingQueueRow row = select(found -> !found.belowPrevious());
        // Another workstation accepts it first; this queue has not reloaded since.
        grid.bean(ReadingService.class).accept(clerk, row.id(), row.version());
        assertThat(Fx.call(() -> model.queue().rows().contains(row))).isTrue();
        Fx.run(model::accept);
        Fx.waitUntil("refusal shown", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).singleElement().asString().contains("уже рассмотрел другой сотрудник");
        waitUntilGone(row);
        assertThat(stored(row).state()).isEqualTo(ReadingState.ACCEPTED);
    }

    private ReadingQueueRow select(Predicate<ReadingQueueRow> wanted) {
        ReadingQueueRow row = Fx.call(() -> model.queue().rows().stream().filter(wanted).findFirst().orElseThrow());
        Fx.run(() -> model.queue().selectedProperty().set(row));
        return row;
    }

    private void waitUntilGone(ReadingQueueRow row) {
        Fx.waitUntil("reading " + row.id() + " off the queue", () -> !model.queue().loadingProperty().get()
                && !model.queue().workingProperty().get() && model.queue().rows().stream().noneMatch(shown -> shown.id() == row.id()));
    }

    private static Reading stored(ReadingQueueRow row) {
        return new JooqReadings(grid.bean(DSLContext.class)).find(row.id()).orElseThrow();
    }
}

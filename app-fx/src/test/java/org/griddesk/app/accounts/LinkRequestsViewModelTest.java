package org.griddesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.accounts.LinkRequest;
import org.griddesk.core.accounts.LinkState;
import org.griddesk.persistence.accounts.JooqAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal users' link requests against the real demo database, without a window. */
class LinkRequestsViewModelTest {
    /** The demo's requests: most name the user's own account, some a number no branch has, some another owner. */
    private static final Predicate<LinkRequestRow> WRONG_NUMBER = row -> row.account().startsWith("0000");
    private static final Predicate<LinkRequestRow> WRONG_OWNER = row -> !row.owner().equals(row.user());
    private static final Predicate<LinkRequestRow> CORRECT = WRONG_NUMBER.negate().and(WRONG_OWNER.negate());

    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator clerk;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TaskExecutor executor;
    private LinkRequestsViewModel model;

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
    void openRequests() {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(clerk);
        UiContext ui = new UiContext(executor, dialogs, new EventBus(), session);
        model = Fx.call(() -> new LinkRequestsViewModel(grid.bean(AccountService.class), ui));
        Fx.run(model::activate);
        Fx.waitUntil("requests loaded", () -> !model.queue().loadingProperty().get() && !model.queue().rows().isEmpty());
    }

    @AfterEach
    void closeRequests() {
        Fx.run(model::deactivate);
        executor.close();
    }

    @Test
    void showsTheNewRequestsOldestFirst() {
        List<LinkRequestRow> rows = Fx.call(() -> List.copyOf(model.queue().rows()));
        assertThat(model.queue().countTextProperty().get()).isEqualTo("Заявок: " + Counts.of(rows.size()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        assertThat(rows).map(row -> LocalDateTime.parse(row.submittedAt(), time)).isSorted();
        assertThat(rows).anyMatch(CORRECT).anyMatch(WRONG_NUMBER).anyMatch(WRONG_OWNER);
        assertThat(rows).allMatch(row -> row.eReceipt().equals("да") || row.eReceipt().equals("нет"));
        assertThat(rows).allMatch(row -> !row.user().isBlank() && row.branch().endsWith("филиал"));
        assertThat(rows.stream().map(row -> stored(row).state())).containsOnly(LinkState.NEW);
    }

    @Test
    void confirmingARightRequestLinksTheAccountAndTakesItOff() {
        LinkRequestRow row = select(CORRECT);
        Fx.run(model::confirm);
        waitUntilGone(row);
        assertThat(stored(row).state()).isEqualTo(LinkState.LINKED);
        assertThat(model.queue().noticeProperty().get()).contains("№ " + row.account()).contains("привязан");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void confirmingAWrongNumberShowsTheSeedsAnswerAndKeepsTheRequest() {
        LinkRequestRow row = select(WRONG_NUMBER);
        Fx.run(model::confirm);
        Fx.waitUntil("refusal shown", () -> !dialogs.errors().isEmpty() && !model.queue().workingProperty().get());
        assertThat(dialogs.errors()).singleElement().asString().contains(AccountService.NOT_FOUND);
        assertThat(Fx.call(() -> model.queue().rows().contains(row))).isTrue();
        assertThat(stored(row).state()).isEqualTo(LinkState.NEW);
    }

    @Test
    void confirmingAnotherOwnerIsRefusedAndKeepsTheRequest() {
        LinkRequestRow row = select(WRONG_OWNER.and(WRONG_NUMBER.negate()));
        Fx.run(model::confirm);
        Fx.waitUntil("refusal shown", () -> !dialogs.errors().isEmpty() && !model.queue().workingProperty().get());
        assertThat(dialogs.errors()).singleElement().asString().contains("не совпадает с владельцем");
        assertThat(stored(row).state()).isEqualTo(LinkState.NEW);
    }

    @Test
    void refusingWithTheOfferedAnswerTakesTheRequestOff() {
        LinkRequestRow row = select(WRONG_NUMBER);
        String answer = model.suggestedRefusal();
        assertThat(answer).isEqualTo("Данный лицевой счет не найден");
        Fx.run(() -> model.refuse(answer));
        waitUntilGone(row);
        LinkRequest refused = stored(row);
        assertThat(refused.state()).isEqualTo(LinkState.REFUSED);
        assertThat(refused.answer()).isEqualTo(answer);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aRequestAnotherClerkDecidedFirstIsRefusedAndTheListReloaded() {
        LinkRequestRow row = select(WRONG_OWNER);
        grid.bean(AccountService.class).refuse(clerk, row.id(), row.version(), "");
        Fx.run(() -> model.refuse("Поздно"));
        Fx.waitUntil("refusal shown", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).singleElement().asString().contains("уже рассмотрел другой сотрудник");
        waitUntilGone(row);
        assertThat(stored(row).answer()).isEqualTo(AccountService.NOT_FOUND);
    }

    private LinkRequestRow select(Predicate<LinkRequestRow> wanted) {
        LinkRequestRow row = Fx.call(() -> model.queue().rows().stream().filter(wanted).findFirst().orElseThrow());
        Fx.run(() -> model.queue().selectedProperty().set(row));
        return row;
    }

    private void waitUntilGone(LinkRequestRow row) {
        Fx.waitUntil("request " + row.id() + " off the list", () -> !model.queue().loadingProperty().get()
                && !model.queue().workingProperty().get() && model.queue().rows().stream().noneMatch(shown -> shown.id() == row.id()));
    }

    private static LinkRequest stored(LinkRequestRow row) {
        return new JooqAccounts(grid.bean(DSLContext.class)).findRequest(row.id()).orElseThrow();
    }
}

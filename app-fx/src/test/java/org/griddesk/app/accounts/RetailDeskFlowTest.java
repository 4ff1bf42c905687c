package org.griddesk.app.accounts;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.griddesk.app.readings.ReadingQueueRow;
import org.griddesk.app.readings.ReadingsView;
import org.griddesk.app.readings.ReadingsViewModel;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.testing.TestMailServer;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxDialogService;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.core.reports.PdfReports;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_READING;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;

/**
 * The retail desk end to end in a real window: the clerk finds an account by its number and sees its card, then in
 * «Показания» accepts one waiting reading and rejects another with a reason, whose owner gets the letter at a real
 * SMTP server through the outbox.
 */
@ExtendWith(ApplicationExtension.class)
class RetailDeskFlowTest {
    private static final String REASON = "Показание не совпадает с фотографией прибора учёта";

    @TempDir
    static Path home;
    private static TestMailServer smtp;
    private static TestGridDesk grid;
    private AccountsViewModel accounts;
    private ReadingsViewModel readings;

    @BeforeAll
    static void startServers() {
        smtp = TestMailServer.start();
        grid = TestGridDesk.demo(home, smtp.settings());
    }

    @AfterAll
    static void stopServers() {
        grid.close();
        smtp.close();
    }

    @Start
    void start(Stage stage) {
        Session session = new Session();
        session.logIn(grid.clerk());
        FxDialogService dialogs = new FxDialogService(stage);
        UiContext ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
        accounts = new AccountsViewModel(new RetailServices(grid.bean(AccountService.class),
                grid.bean(ReadingService.class), grid.bean(PdfReports.class), Clock.systemDefaultZone()), ui);
        readings = new ReadingsViewModel(grid.bean(ReadingService.class), ui);
        Tab accountsTab = new Tab("Лицевые счета", new AccountsView(accounts, dialogs, Clock.systemDefaultZone().getZone()).root());
        Tab readingsTab = new Tab("Показания", new ReadingsView(readings, dialogs).root());
        readingsTab.setId("readings-tab");
        Scene scene = new Scene(new TabPane(accountsTab, readingsTab), 1280, 800);
        scene.getStylesheets().add(AccountsView.class.getResource("/org/griddesk/app/griddesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        accounts.activate();
        readings.activate();
    }

    @Test
    void findAnAccountAcceptOneReadingRejectAnotherAndTheOwnerIsTold(FxRobot robot) throws Exception {
        List<Record> waiting = waitingReadingsWithEmail();
        Record accepted = waiting.getFirst();
        Record rejected = waiting.get(1);

        robot.clickOn("#accounts-search").write(accepted.get(PERSONAL_ACCOUNT.NUMBER));
        robot.clickOn("#accounts-find");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> accounts.cardProperty().get() != null
                && accounts.cardProperty().get().account().number().equals(accepted.get(PERSONAL_ACCOUNT.NUMBER)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#account-balance").queryAs(Label.class).getText())
                .isEqualTo(accounts.cardProperty().get().account().balance().text());

        robot.clickOn("Показания");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !readings.queue().rows().isEmpty());
        clickRow(robot, accepted.get(METER_READING.ID));
        robot.clickOn("#reading-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state(accepted.get(METER_READING.ID)) == ReadingState.ACCEPTED);

        clickRow(robot, rejected.get(METER_READING.ID));
        robot.clickOn("#reading-reject");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reason-text").queryAs(TextArea.class).clear());
        robot.clickOn("#reason-text").write(REASON);
        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state(rejected.get(METER_READING.ID)) == ReadingState.REJECTED);
        assertThat(readings.queue().rows()).noneMatch(row -> row.id() == accepted.get(METER_READING.ID)
                || row.id() == rejected.get(METER_READING.ID));

        MimeMessage letter = smtp.awaitLetter(rejected.get(PERSONAL_ACCOUNT.EMAIL), 40);
        assertThat(letter.getSubject()).contains("не принято").contains(rejected.get(PERSONAL_ACCOUNT.NUMBER));
        assertThat(TestMailServer.body(letter)).contains(REASON);
    }

    /** Two readings the portal passed, on accounts whose owners have an e-mail, not below the previous value. */
    private static List<Record> waitingReadingsWithEmail() {
        DSLContext dsl = grid.bean(DSLContext.class);
        List<Record> found = dsl.select(METER_READING.ID, PERSONAL_ACCOUNT.NUMBER, PERSONAL_ACCOUNT.EMAIL)
                .from(METER_READING).join(METER).on(METER.ID.eq(METER_READING.METER_ID))
                .join(PERSONAL_ACCOUNT).on(PERSONAL_ACCOUNT.ID.eq(METER.ACCOUNT_ID))
                .where(METER_READING.STATE.eq(ReadingState.SUBMITTED.name()).and(PERSONAL_ACCOUNT.EMAIL.isNotNull()))
                .orderBy(METER_READING.ID).fetch().stream().map(Record.class::cast).toList();
        ReadingService service = grid.bean(ReadingService.class);
        List<Long> belowPrevious = service.pending(grid.clerk(), 500).stream()
                .filter(pending -> pending.previous() != null && pending.reading().value().compareTo(pending.previous()) < 0)
                .map(pending -> pending.reading().id()).toList();
        List<Record> usable = found.stream().filter(row -> !belowPrevious.contains(row.get(METER_READING.ID))).toList();
        assertThat(usable).as("demo readings waiting on accounts with e-mail").hasSizeGreaterThanOrEqualTo(2);
        return usable;
    }

    private static ReadingState state(long readingId) {
        return ReadingState.valueOf(grid.bean(DSLContext.class).select(METER_READING.STATE).from(METER_READING)
                .where(METER_READING.ID.eq(readingId)).fetchSingle(METER_READING.STATE));
    }

    private void clickRow(FxRobot robot, long readingId) throws Exception {
        // After a decision the queue reloads; a reload landing after the click would clear the selection.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !readings.queue().loadingProperty().get()
                && !readings.queue().workingProperty().get()
                && readings.queue().rows().stream().anyMatch(row -> row.id() == readingId));
        TableView<?> table = robot.lookup("#readings-table").queryAs(TableView.class);
        ReadingQueueRow wanted = readings.queue().rows().stream().filter(row -> row.id() == readingId).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(readings.queue().rows().indexOf(wanted)));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".table-row-cell").match((TableRow<?> cell) -> wanted.equals(cell.getItem())).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wanted.equals(readings.queue().selectedProperty().get()));
    }
}

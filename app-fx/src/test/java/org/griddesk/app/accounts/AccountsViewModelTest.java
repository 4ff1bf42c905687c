package org.griddesk.app.accounts;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.accounts.AccountCard;
import org.griddesk.core.accounts.AccountService;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingState;
import org.griddesk.core.readings.ReadingWindow;
import org.griddesk.core.reports.PdfReports;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.ACCOUNT_LINK;
import static org.griddesk.persistence.schema.Tables.METER;
import static org.griddesk.persistence.schema.Tables.METER_READING;
import static org.griddesk.persistence.schema.Tables.PERSONAL_ACCOUNT;
import static org.griddesk.persistence.schema.Tables.RETAIL_BRANCH;

/** «Лицевые счета» against the real demo database, without a window. */
class AccountsViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private FxTaskExecutor executor;
    private AccountsViewModel model;

    @BeforeAll
    static void startDatabase() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
    }

    @AfterAll
    static void stopDatabase() {
        grid.close();
    }

    @BeforeEach
    void openTab() {
        executor = new FxTaskExecutor(dialogs::showError);
        Session session = new Session();
        session.logIn(grid.clerk());
        RetailServices retail = new RetailServices(grid.bean(AccountService.class), grid.bean(ReadingService.class),
                grid.bean(PdfReports.class), java.time.Clock.systemDefaultZone());
        model = Fx.call(() -> new AccountsViewModel(retail, new UiContext(executor, dialogs, new EventBus(), session)));
        Fx.run(model::activate);
    }

    @AfterEach
    void closeTab() {
        Fx.run(model::deactivate);
        executor.close();
    }

    private AccountCard find(String text) {
        Fx.run(() -> {
            model.searchTextProperty().set(text);
            model.search();
        });
        Fx.waitUntil("found " + text, () -> !model.loadingProperty().get() && model.cardProperty().get() != null);
        return model.cardProperty().get();
    }

    @Test
    void aShortQueryIsRefusedWithoutSearching() {
        Fx.run(() -> {
            model.searchTextProperty().set("ab");
            model.search();
        });
        assertThat(model.errorTextProperty().get()).startsWith("Введите не меньше 3 символов");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aNumberFindsTheAccountAndOpensItsCardWhichIsAudited() {
        DSLContext dsl = grid.bean(DSLContext.class);
        Record account = dsl.select(PERSONAL_ACCOUNT.ID, PERSONAL_ACCOUNT.NUMBER, PERSONAL_ACCOUNT.OWNER_NAME)
                .from(PERSONAL_ACCOUNT).orderBy(PERSONAL_ACCOUNT.ID.desc()).limit(1).fetchSingle();

        AccountCard card = find(account.get(PERSONAL_ACCOUNT.NUMBER));
        assertThat(card.account().ownerName()).isEqualTo(account.get(PERSONAL_ACCOUNT.OWNER_NAME));
        assertThat(model.totalTextProperty().get()).isEqualTo("Найдено: 1");
        assertThat(card.months()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(card.months().getFirst().closing()).isEqualTo(card.account().balance());
        assertThat(grid.bean(AuditService.class).recent(20)).anyMatch(entry -> entry.action()
                .equals("Просмотр лицевого счёта и персональных данных")
                && entry.details().startsWith("Лицевой счёт № " + card.account().number()));
    }

    @Test
    void aReceiptIsSavedAsAPdf(@TempDir Path folder) throws Exception {
        DSLContext dsl = grid.bean(DSLContext.class);
        AccountCard card = find(dsl.select(PERSONAL_ACCOUNT.NUMBER).from(PERSONAL_ACCOUNT).orderBy(PERSONAL_ACCOUNT.ID)
                .limit(1).fetchSingle(PERSONAL_ACCOUNT.NUMBER));
        YearMonth month = card.months().get(1).month();
        Path file = folder.resolve("receipt.pdf");
        dialogs.chooseFile(file);
        Fx.run(() -> model.saveReceipt(month));
        Fx.waitUntil("receipt saved", () -> model.noticeProperty().get().startsWith("Квитанция сохранена"));
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(dialogs.suggestedNames()).contains("Квитанция_" + card.account().number() + "_" + month + ".pdf");
    }

    @Test
    void unlinkingWaitsForTheEReceiptToEnd() {
        DSLContext dsl = grid.bean(DSLContext.class);
        Record linked = dsl.select(ACCOUNT_LINK.ACCOUNT_ID, ACCOUNT_LINK.APPLICANT_ID, PERSONAL_ACCOUNT.NUMBER).from(ACCOUNT_LINK)
                .join(PERSONAL_ACCOUNT).on(PERSONAL_ACCOUNT.ID.eq(ACCOUNT_LINK.ACCOUNT_ID)).orderBy(ACCOUNT_LINK.ACCOUNT_ID)
                .limit(1).fetchSingle();
        dsl.update(PERSONAL_ACCOUNT).set(PERSONAL_ACCOUNT.E_RECEIPT, true)
                .where(PERSONAL_ACCOUNT.ID.eq(linked.get(ACCOUNT_LINK.ACCOUNT_ID))).execute();
        find(linked.get(PERSONAL_ACCOUNT.NUMBER));
        long applicant = linked.get(ACCOUNT_LINK.APPLICANT_ID);

        Fx.run(() -> model.unlink(applicant));
        Fx.waitUntil("refused", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().getFirst()).contains("Сначала отключите электронную квитанцию");
        Fx.run(model::endEReceipt);
        Fx.waitUntil("e-receipt ended", () -> !model.cardProperty().get().account().eReceipt());
        Fx.run(() -> model.unlink(applicant));
        Fx.waitUntil("unlinked", () -> model.cardProperty().get().users().stream()
                .noneMatch(user -> user.applicantId() == applicant));
        assertThat(dsl.fetchCount(ACCOUNT_LINK, ACCOUNT_LINK.APPLICANT_ID.eq(applicant)
                .and(ACCOUNT_LINK.ACCOUNT_ID.eq(linked.get(ACCOUNT_LINK.ACCOUNT_ID))))).isZero();
    }

    @Test
    void aPhoneReadingIsPassedInTheWindowAndRefusedOutsideIt() {
        DSLContext dsl = grid.bean(DSLContext.class);
        LocalDate today = LocalDate.now();
        Record meter = dsl.select(METER.ID, PERSONAL_ACCOUNT.NUMBER, RETAIL_BRANCH.READING_FROM_DAY, RETAIL_BRANCH.READING_TO_DAY)
                .from(METER).join(PERSONAL_ACCOUNT).on(PERSONAL_ACCOUNT.ID.eq(METER.ACCOUNT_ID))
                .join(RETAIL_BRANCH).on(RETAIL_BRANCH.ID.eq(PERSONAL_ACCOUNT.BRANCH_ID))
                .where(METER.DIGITS.eq(6)).orderBy(METER.ID.desc()).limit(1).fetchSingle();
        ReadingWindow window = new ReadingWindow(meter.get(RETAIL_BRANCH.READING_FROM_DAY), meter.get(RETAIL_BRANCH.READING_TO_DAY));
        find(meter.get(PERSONAL_ACCOUNT.NUMBER));
        long meterId = meter.get(METER.ID);
        BigDecimal last = dsl.select(METER_READING.ACCEPTED_VALUE).from(METER_READING)
                .where(METER_READING.METER_ID.eq(meterId).and(METER_READING.STATE.eq(ReadingState.ACCEPTED.name())))
                .orderBy(METER_READING.SUBMITTED_AT.desc()).limit(1).fetchSingle(METER_READING.ACCEPTED_VALUE);

        Fx.run(() -> model.enterPhoneReading(meterId, "двенадцать", false));
        assertThat(dialogs.errors()).singleElement().asString().contains("Показание вводится числом");
        String typed = last.add(BigDecimal.valueOf(42)).toPlainString().replace('.', ',');
        Fx.run(() -> model.enterPhoneReading(meterId, typed, false));
        if (window.contains(today)) {
            Fx.waitUntil("passed", () -> model.noticeProperty().get().contains("передано"));
            assertThat(dsl.fetchCount(METER_READING, METER_READING.METER_ID.eq(meterId)
                    .and(METER_READING.CHANNEL.eq("PHONE")).and(METER_READING.STATE.eq("SUBMITTED")))).isEqualTo(1);
        } else {
            Fx.waitUntil("refused", () -> dialogs.errors().size() == 2);
            assertThat(dialogs.errors().getLast()).contains(window.closedMessage());
        }
    }
}

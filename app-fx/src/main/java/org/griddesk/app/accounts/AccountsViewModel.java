package org.griddesk.app.accounts;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.LatestRequest;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.accounts.AccountCard;
import org.griddesk.core.accounts.AccountQuery;
import org.griddesk.core.accounts.AccountRow;
import org.griddesk.core.accounts.Receipt;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.readings.ReadingChannel;
import org.griddesk.core.readings.ReadingValues;

/**
 * «Лицевые счета»: the clerk finds an account by number, owner, address, phone or e-mail and works its card — ends
 * the e-receipt, unlinks a portal user, enters a reading given by phone, saves a month's receipt. Every database
 * call runs in the background; only the newest search and the newest card may show.
 */
public final class AccountsViewModel implements Activatable {
    static final String SEARCHING = "Поиск лицевых счетов…";

    private final RetailServices retail;
    private final UiContext ui;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<AccountCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canEdit;
    private final LatestRequest searches;
    private final LatestRequest cards;
    private Runnable unsubscribe = () -> { };

    public AccountsViewModel(RetailServices retail, UiContext ui) {
        this.retail = retail;
        this.ui = ui;
        this.searches = new LatestRequest(ui.executor());
        this.cards = new LatestRequest(ui.executor());
        canEdit = Bindings.createBooleanBinding(() -> {
            Operator operator = ui.session().operator();
            return card.get() != null && !working.get() && operator != null && operator.may(Permission.EDIT_CASES);
        }, card, working);
    }

    @Override
    public void activate() {
        unsubscribe = ui.events().subscribe(ConnectionRestoredEvent.class, event -> reloadCard());
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<AccountRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<AccountCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    /** «Найти»: a query too short is refused here, in Russian, without a trip to the database. */
    public void search() {
        AccountQuery query;
        try {
            query = new AccountQuery(searchText.get(), AccountQuery.DEFAULT_LIMIT);
        } catch (ValidationException tooShort) {
            errorText.set(tooShort.getMessage());
            return;
        }
        Operator operator = ui.session().operator();
        errorText.set("");
        loading.set(true);
        searches.run(BackgroundTask.of(SEARCHING, () -> retail.accounts().search(operator, query))
                .onSuccess(found -> {
                    rows.setAll(found);
                    loading.set(false);
                    totalText.set(found.isEmpty() ? "Лицевые счета не найдены"
                            : found.size() == query.limit() ? "Показаны первые " + found.size() + ": уточните запрос"
                            : "Найдено: " + found.size());
                    if (found.size() == 1) {
                        select(found.getFirst().id());
                    }
                })
                .onFailure(failure -> {
                    loading.set(false);
                    errorText.set(UserMessages.describe(failure));
                }));
    }

    /** Opens the account's card (an audited viewing of personal data); null clears it. */
    public void select(Long accountId) {
        notice.set("");
        if (accountId == null) {
            card.set(null);
            return;
        }
        if (card.get() != null && card.get().account().id() == accountId) {
            return;
        }
        loadCard(accountId);
    }

    private void reloadCard() {
        if (card.get() != null) {
            loadCard(card.get().account().id());
        }
    }

    private void loadCard(long accountId) {
        Operator operator = ui.session().operator();
        cards.run(BackgroundTask.of("Загрузка лицевого счёта…", () -> retail.accounts().open(operator, accountId))
                .onSuccess(card::set)
                .onFailure(failure -> notice.set(UserMessages.describe(failure))));
    }

    /** «Отключить электронную квитанцию» (§2.5: the customer asks the support service). */
    public void endEReceipt() {
        long accountId = card.get().account().id();
        act("Отключение электронной квитанции…", () -> retail.accounts().endEReceipt(ui.session().operator(), accountId),
                "Электронная квитанция отключена");
    }

    /** «Отключить от личного кабинета»: refused while the e-receipt is on; autopay goes with it. */
    public void unlink(long applicantId) {
        long accountId = card.get().account().id();
        act("Отключение лицевого счёта от личного кабинета…",
                () -> retail.accounts().unlink(ui.session().operator(), accountId, applicantId),
                "Лицевой счёт отключён от личного кабинета, автоплатёж отключён");
    }

    /** A reading the customer gave by phone; checked by the seed's rules and queued for acceptance. */
    public void enterPhoneReading(long meterId, String typedValue, boolean rollover) {
        BigDecimal value;
        try {
            value = ReadingValues.parse(typedValue);
        } catch (ValidationException wrong) {
            ui.dialogs().showError("Показание не передано", wrong.getMessage());
            return;
        }
        Operator operator = ui.session().operator();
        act("Передача показания…", () -> retail.readings().enter(operator, meterId, ReadingChannel.PHONE, value, rollover),
                "Показание " + value.toPlainString()
                + " передано и ждёт принятия во вкладке «Показания»");
    }

    /** «Скачать квитанцию» for a month: the clerk picks the file, the PDF is written in the background. */
    public void saveReceipt(YearMonth month) {
        AccountCard shown = card.get();
        ui.dialogs().chooseFileToSave("Квитанция за месяц", Receipt.fileName(shown.account(), month)).ifPresent(file -> {
            Receipt receipt = Receipt.of(shown, month);
            ui.executor().execute(BackgroundTask.of("Сохранение квитанции…", () -> write(file, receipt))
                    .onSuccess(written -> notice.set("Квитанция сохранена: " + written))
                    .onFailure(ui.dialogs()::showError));
        });
    }

    private Path write(Path file, Receipt receipt) throws java.io.IOException {
        Files.write(file, retail.pdf().document(receipt.heading(), receipt.lines()));
        return file;
    }

    private interface Action {
        Object run() throws Exception;
    }

    /** One change of the account: done in the background, then the card is read again and the notice set. */
    private void act(String title, Action action, String done) {
        working.set(true);
        ui.executor().execute(BackgroundTask.of(title, action::run)
                .onSuccess(ignored -> {
                    working.set(false);
                    notice.set(done);
                    reloadCard();
                })
                .onFailure(failure -> {
                    working.set(false);
                    ui.dialogs().showError(failure);
                    reloadCard();
                }));
    }

    /** The months a receipt can be saved for: those of the card's charges, newest first. */
    public static List<YearMonth> receiptMonths(AccountCard card) {
        return card.months().stream().map(total -> total.month()).toList();
    }
}

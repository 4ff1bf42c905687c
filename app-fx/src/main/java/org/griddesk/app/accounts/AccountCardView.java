package org.griddesk.app.accounts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.griddesk.app.ui.DialogService;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.View;
import org.griddesk.core.accounts.AccountCard;
import org.griddesk.core.accounts.LinkedUser;
import org.griddesk.core.accounts.Payment;
import org.griddesk.core.accounts.PersonalAccount;
import org.griddesk.core.readings.Consumption;
import org.griddesk.core.readings.Meter;
import org.griddesk.core.readings.MeterReadings;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The selected account: details, balance with the seed's signs, and its sections as tabs — charges and payments by
 * month, charges by service, balance by supplier, payments, meters with readings, statistics, tariffs, portal users. Rebuilt from the
 * card each time; what the clerk does goes to {@link AccountsViewModel}.
 */
final class AccountCardView implements View {
    private final AccountsViewModel model;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final TabPane sections = new TabPane();

    AccountCardView(AccountsViewModel model, DialogService dialogs, ZoneId zone) {
        this.model = model;
        this.dialogs = dialogs;
        this.zone = zone;
        root.setId("account-card");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        show(null);
    }

    void show(AccountCard card) {
        if (card == null) {
            Label empty = new Label("Найдите лицевой счёт и выберите его в списке");
            empty.getStyleClass().add("field-caption");
            root.setTop(null);
            root.setCenter(empty);
            return;
        }
        int selected = Math.max(0, sections.getSelectionModel().getSelectedIndex());
        root.setTop(header(card));
        sections.getTabs().setAll(
                tab("Начисления и оплаты", AccountTables.months(card.months())),
                tab("Начисления", AccountTables.charges(card.charges())),
                tab("Баланс", AccountTables.bySupplier(card.bySupplier())),
                tab("Оплаты", payments(card.payments())),
                tab("Приборы учёта", meters(card.meters())),
                tab("Статистика", statistics(card)),
                tab("Тарифы", AccountTables.tariffs(card.tariffs())),
                tab("Пользователи портала", users(card)));
        sections.getSelectionModel().select(Math.min(selected, sections.getTabs().size() - 1));
        root.setCenter(sections);
    }

    private Node header(AccountCard card) {
        PersonalAccount account = card.account();
        Label title = new Label("Лицевой счёт № " + account.number() + " · " + account.ownerName());
        title.getStyleClass().add("case-title");
        title.setWrapText(true);
        Label balance = new Label(account.balance().text());
        balance.setId("account-balance");
        balance.getStyleClass().addAll("account-balance", switch (account.balance().owed().signum()) {
            case 1 -> "balance-debt";
            case -1 -> "balance-overpaid";
            default -> "balance-zero";
        });
        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(4);
        String[][] rows = {
                {"Филиал", account.branch().name() + " (" + account.branch().supplier() + ")"},
                {"Адрес объекта", account.address()},
                {"Телефон", blankAsDash(account.phone())},
                {"E-mail", blankAsDash(account.email())},
                {"Электронная квитанция", account.eReceipt() ? "подписка оформлена" : "не оформлена"},
                {"Автоплатёж", account.autopay() ? "подключён" : "не подключён"}};
        for (int i = 0; i < rows.length; i++) {
            Label caption = new Label(rows[i][0]);
            caption.getStyleClass().add("field-caption");
            Label value = new Label(rows[i][1]);
            value.setWrapText(true);
            fields.addRow(i, caption, value);
        }
        VBox header = new VBox(6, title, balance, fields, actions(card));
        header.setPadding(new Insets(10, 12, 8, 12));
        return header;
    }

    private Node actions(AccountCard card) {
        Button endEReceipt = Icons.button("Отключить электронную квитанцию", MaterialDesignE.EMAIL_OFF_OUTLINE);
        endEReceipt.setId("account-end-ereceipt");
        if (card.account().eReceipt()) {
            endEReceipt.disableProperty().bind(model.canEditProperty().not());
        } else {
            endEReceipt.setDisable(true);
        }
        endEReceipt.setOnAction(event -> model.endEReceipt());

        ComboBox<YearMonth> month = new ComboBox<>();
        month.setId("account-receipt-month");
        month.getItems().setAll(AccountsViewModel.receiptMonths(card));
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth value) {
                return value == null ? "" : AccountTables.month(value);
            }

            @Override
            public YearMonth fromString(String text) {
                return null;
            }
        });
        if (!month.getItems().isEmpty()) {
            month.getSelectionModel().selectFirst();
        }
        Button receipt = Icons.button("Скачать квитанцию", MaterialDesignF.FILE_PDF_BOX);
        receipt.setId("account-receipt");
        receipt.disableProperty().bind(month.valueProperty().isNull());
        receipt.setOnAction(event -> model.saveReceipt(month.getValue()));

        Label notice = new Label();
        notice.setId("account-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        HBox receiptBox = new HBox(6, month, receipt);
        receiptBox.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, new FlowPane(8, 6, endEReceipt, receiptBox), notice);
    }

    private Node payments(List<Payment> payments) {
        TableView<Payment> table = AccountTables.payments(payments, zone);
        TextField find = new TextField();
        find.setId("account-payment-search");
        find.setPromptText("Найти оплату: дата, сумма, способ оплаты");
        find.textProperty().addListener((observable, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            table.getItems().setAll(payments.stream()
                    .filter(payment -> AccountTables.paymentText(payment, zone).contains(wanted)).toList());
        });
        VBox box = new VBox(6, find, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node meters(List<MeterReadings> meters) {
        TableView<Meter> meterTable = AccountTables.meters(meters.stream().map(MeterReadings::meter).toList());
        BorderPane readings = new BorderPane();
        Button phone = Icons.button("Внести показание со слов заявителя…", MaterialDesignL.LEAD_PENCIL);
        phone.setId("account-phone-reading");
        BooleanBinding noMeter = meterTable.getSelectionModel().selectedItemProperty().isNull();
        phone.disableProperty().bind(model.canEditProperty().not().or(noMeter));
        phone.setOnAction(event -> {
            Meter meter = meterTable.getSelectionModel().getSelectedItem();
            dialogs.showCustom(new PhoneReadingDialog(meter)).ifPresent(input ->
                    model.enterPhoneReading(meter.id(), input.value(), input.rollover()));
        });
        meterTable.getSelectionModel().selectedItemProperty().addListener((observable, old, meter) ->
                readings.setCenter(meter == null ? new Label("Выберите прибор учёта") : meters.stream()
                        .filter(m -> m.meter().id() == meter.id()).findFirst().map(this::readingsAndFaults).orElseThrow()));
        readings.setTop(phone);
        BorderPane.setMargin(phone, new Insets(6));
        if (!meters.isEmpty()) {
            meterTable.getSelectionModel().selectFirst();
        }
        SplitPane split = new SplitPane(meterTable, readings);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        return split;
    }

    /** The meter's readings and, below them, the customers' notices that it is faulty. */
    private Node readingsAndFaults(MeterReadings meter) {
        TabPane kinds = new TabPane(tab("Показания прибора", AccountTables.readings(meter.readings(), zone)),
                tab("Уведомления о неисправности (" + meter.faults().size() + ")", AccountTables.faults(meter.faults(), zone)));
        kinds.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return kinds;
    }

    /** Consumption by month and zone (bars) and the month's payments (a line), as the customer's «Статистика». */
    private Node statistics(AccountCard card) {
        CategoryAxis months = new CategoryAxis();
        NumberAxis kwh = new NumberAxis();
        kwh.setLabel("кВт·ч");
        BarChart<String, Number> consumption = new BarChart<>(months, kwh);
        consumption.setId("account-consumption-chart");
        consumption.setTitle("Потребление по месяцам и зонам суток");
        consumption.setAnimated(false);
        for (Map.Entry<String, Map<YearMonth, BigDecimal>> zoneSeries : Consumption.byMonth(card.meters(), zone).entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(zoneSeries.getKey());
            zoneSeries.getValue().forEach((month, used) -> series.getData().add(new XYChart.Data<>(month.toString(), used)));
            consumption.getData().add(series);
        }
        LineChart<String, Number> paid = new LineChart<>(new CategoryAxis(), new NumberAxis());
        paid.setId("account-payments-chart");
        paid.setTitle("Оплаты по месяцам, ₽");
        paid.setAnimated(false);
        paid.setLegendVisible(false);
        XYChart.Series<String, Number> payments = new XYChart.Series<>();
        card.months().reversed().forEach(total -> payments.getData().add(new XYChart.Data<>(total.month().toString(), total.paid())));
        paid.getData().add(payments);
        VBox charts = new VBox(consumption, paid);
        VBox.setVgrow(consumption, Priority.ALWAYS);
        VBox.setVgrow(paid, Priority.ALWAYS);
        return charts;
    }

    private Node users(AccountCard card) {
        TableView<LinkedUser> users = AccountTables.users(card.users(), zone);
        Button unlink = Icons.button("Отключить от личного кабинета", MaterialDesignL.LINK_OFF);
        unlink.setId("account-unlink");
        unlink.disableProperty().bind(model.canEditProperty().not().or(users.getSelectionModel().selectedItemProperty().isNull()));
        unlink.setOnAction(event -> model.unlink(users.getSelectionModel().getSelectedItem().applicantId()));
        Label requestsTitle = new Label("Заявки на привязку этого лицевого счёта");
        requestsTitle.getStyleClass().add("section-title");
        VBox box = new VBox(6, unlink, users, requestsTitle, AccountTables.requests(card.requests(), zone));
        box.setPadding(new Insets(6));
        return box;
    }

    private static Tab tab(String title, Node content) {
        return new Tab(title, content);
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    @Override
    public Parent root() {
        return root;
    }
}

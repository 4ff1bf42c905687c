package org.griddesk.app.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.core.accounts.Charge;
import org.griddesk.core.accounts.LinkRequest;
import org.griddesk.core.accounts.LinkedUser;
import org.griddesk.core.accounts.MonthTotal;
import org.griddesk.core.accounts.Payment;
import org.griddesk.core.accounts.Rubles;
import org.griddesk.core.accounts.SupplierMonth;
import org.griddesk.core.accounts.Tariff;
import org.griddesk.core.readings.FaultNotice;
import org.griddesk.core.readings.Meter;
import org.griddesk.core.readings.Reading;

/** The card's tables, each a read-only list with the seed's column names and sums as the customer sees them. */
final class AccountTables {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.of("ru"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private AccountTables() {
    }

    static TableView<MonthTotal> months(List<MonthTotal> rows) {
        return table("account-months", rows, "Нет начислений и оплат за последние 3 года",
                TextColumns.of("Месяц", total -> month(total.month()), 130),
                TextColumns.of("Начислено, ₽", total -> Rubles.format(total.charged()), 110),
                TextColumns.of("Оплачено, ₽", total -> Rubles.format(total.paid()), 110),
                TextColumns.of("Баланс на конец месяца", total -> total.closing().label() + " " + total.closing().amount(), 230));
    }

    static TableView<Charge> charges(List<Charge> rows) {
        return table("account-charges", rows, "Начислений за последние 3 года нет",
                TextColumns.of("Месяц", charge -> month(charge.month()), 130),
                TextColumns.of("Услуга", Charge::service, 150),
                TextColumns.of("Поставщик", Charge::supplier, 220),
                TextColumns.of("Объём", charge -> number(charge.volume()), 90),
                TextColumns.of("Начислено, ₽", charge -> Rubles.format(charge.amount()), 110));
    }

    static TableView<SupplierMonth> bySupplier(List<SupplierMonth> rows) {
        return table("account-balance", rows, "Нет данных",
                TextColumns.of("Месяц", line -> month(line.month()), 130),
                TextColumns.of("Поставщик", SupplierMonth::supplier, 230),
                TextColumns.of("Начислено, ₽", line -> Rubles.format(line.charged()), 110),
                TextColumns.of("Оплачено, ₽", line -> Rubles.format(line.paid()), 110),
                TextColumns.of("Сумма, ₽", line -> line.remaining().amount(), 110));
    }

    static TableView<Payment> payments(List<Payment> rows, ZoneId zone) {
        return table("account-payments", rows, "Оплат за последние 3 года нет",
                TextColumns.of("Дата и время", payment -> moment(payment.paidAt(), zone), 130),
                TextColumns.of("Способ оплаты", payment -> payment.method().title(), 130),
                TextColumns.of("Поставщик", Payment::supplier, 200),
                TextColumns.of("Сумма, ₽", payment -> Rubles.format(payment.amount()), 100),
                TextColumns.of("Результат", payment -> payment.result().title(), 170),
                TextColumns.of("Авансовый платёж", payment -> payment.advance() ? "да" : "", 120));
    }

    /** What a clerk types to find a payment: its date, its sum as shown, the method or the result. */
    static String paymentText(Payment payment, ZoneId zone) {
        return String.join(" ", moment(payment.paidAt(), zone), Rubles.format(payment.amount()),
                payment.amount().toPlainString(), payment.method().title(), payment.result().title(), payment.supplier())
                .toLowerCase(Locale.ROOT);
    }

    static TableView<Meter> meters(List<Meter> rows) {
        return table("account-meters", rows, "По лицевому счёту нет приборов учёта",
                TextColumns.of("Услуга", Meter::service, 140),
                TextColumns.of("Зона суток", Meter::zone, 110),
                TextColumns.of("Заводской номер", Meter::serialNumber, 120),
                TextColumns.of("Модель", Meter::model, 200),
                TextColumns.of("Разрядность", meter -> Integer.toString(meter.digits()), 90),
                TextColumns.of("Установлен", meter -> day(meter.installedOn()), 95),
                TextColumns.of("Поверка до", meter -> day(meter.nextVerification()), 95));
    }

    static TableView<Reading> readings(List<Reading> rows, ZoneId zone) {
        return table("account-readings", rows, "Показаний нет",
                TextColumns.of("Передано", reading -> moment(reading.submittedAt(), zone), 130),
                TextColumns.of("Источник", reading -> reading.channel().title(), 130),
                TextColumns.of("Показание", reading -> number(reading.value()) + (reading.rollover() ? " (через ноль)" : ""), 130),
                TextColumns.of("Принято к расчёту", reading -> number(reading.acceptedValue()), 130),
                TextColumns.of("Расход", reading -> number(reading.consumption()), 90),
                TextColumns.of("Состояние", reading -> reading.state().title(), 170),
                TextColumns.of("Причина", reading -> reading.reason() == null ? "" : reading.reason(), 260));
    }

    static TableView<FaultNotice> faults(List<FaultNotice> rows, ZoneId zone) {
        return table("account-faults", rows, "Уведомлений о неисправности не было",
                TextColumns.of("Подано", notice -> moment(notice.submittedAt(), zone), 130),
                TextColumns.of("Что сообщил заявитель", FaultNotice::description, 320),
                TextColumns.of("Состояние", notice -> notice.state().title(), 100),
                TextColumns.of("Ответ", notice -> notice.answer() == null ? "" : notice.answer(), 320));
    }

    static TableView<Tariff> tariffs(List<Tariff> rows) {
        return table("account-tariffs", rows, "Тарифов нет",
                TextColumns.of("Услуга", Tariff::service, 140),
                TextColumns.of("Зона суток", Tariff::zone, 110),
                TextColumns.of("Действует с", tariff -> day(tariff.validFrom()), 95),
                TextColumns.of("по", tariff -> tariff.validTo() == null ? "настоящее время" : day(tariff.validTo()), 110),
                TextColumns.of("Цена, ₽", tariff -> tariff.price().stripTrailingZeros().toPlainString().replace('.', ','), 80),
                TextColumns.of("Документ об утверждении", Tariff::approvedBy, 360));
    }

    static TableView<LinkedUser> users(List<LinkedUser> rows, ZoneId zone) {
        return table("account-users", rows, "Лицевой счёт не привязан ни к одному личному кабинету",
                TextColumns.of("Пользователь портала", LinkedUser::name, 240),
                TextColumns.of("E-mail", LinkedUser::email, 200),
                TextColumns.of("Привязан", user -> moment(user.linkedAt(), zone), 130));
    }

    static TableView<LinkRequest> requests(List<LinkRequest> rows, ZoneId zone) {
        return table("account-requests", rows, "Заявок на привязку этого счёта не было",
                TextColumns.of("Подана", request -> moment(request.submittedAt(), zone), 130),
                TextColumns.of("Пользователь портала", LinkRequest::applicantName, 220),
                TextColumns.of("Состояние", request -> request.state().title(), 120),
                TextColumns.of("Ответ", request -> request.answer() == null ? "" : request.answer(), 300));
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String moment(Instant at, ZoneId zone) {
        return MOMENT.format(at.atZone(zone));
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @SafeVarargs
    private static <R> TableView<R> table(String id, List<R> rows, String empty, TableColumn<R, String>... columns) {
        TableView<R> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId(id);
        table.getColumns().addAll(columns);
        table.setPlaceholder(new Label(empty));
        return table;
    }
}

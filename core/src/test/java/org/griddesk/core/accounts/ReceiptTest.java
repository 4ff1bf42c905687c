package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptTest {
    @Test
    void aMonthsReceiptListsItsChargesAndTheBalanceItClosedWith() {
        RetailBranch branch = new RetailBranch(1, "Рязанский филиал", "ПАО «РЭСК»");
        PersonalAccount account = new PersonalAccount(7, branch, "6201000007", "Королёва Ксения Андреевна",
                "г. Рязань, ул. Ленина, д. 5, кв. 3", null, null, false, false, Balance.of("-150.00"));
        List<Charge> charges = List.of(
                new Charge(YearMonth.of(2026, 11), "Электроснабжение", "ПАО «РЭСК»", new BigDecimal("250.000"), new BigDecimal("1302.50")),
                new Charge(YearMonth.of(2026, 11), "Обращение с ТКО", "ООО «Экотехпром»", null, new BigDecimal("187.40")),
                new Charge(YearMonth.of(2026, 10), "Электроснабжение", "ПАО «РЭСК»", null, new BigDecimal("999.00")));
        List<Payment> payments = List.of(new Payment(1, Instant.parse("2026-11-10T09:00:00Z"), PaymentMethod.CARD,
                "ПАО «РЭСК»", new BigDecimal("1639.90"), PaymentResult.SUCCEEDED, false));
        ZoneId zone = ZoneId.of("Europe/Moscow");
        AccountCard card = new AccountCard(account, List.of(), List.of(),
                Ledger.months(account.balance(), charges, payments, zone), Ledger.bySupplier(charges, payments, zone),
                charges, payments, List.of(), List.of());

        Receipt receipt = Receipt.of(card, YearMonth.of(2026, 11));
        assertThat(receipt.heading()).isEqualTo("Квитанция за ноябрь 2026");
        assertThat(receipt.lines()).contains("  Электроснабжение — ПАО «РЭСК»: 1 302,50 руб. (250)",
                "  Обращение с ТКО — ООО «Экотехпром»: 187,40 руб.", "  Итого начислено: 1 489,90 руб.",
                "Оплачено в месяце: 1 639,90 руб.", "Баланс на конец месяца: Переплата -150,00 руб.");
        assertThat(receipt.lines()).noneMatch(line -> line.contains("999,00"));
        assertThat(Receipt.fileName(account, YearMonth.of(2026, 11))).isEqualTo("Квитанция_6201000007_2026-11.pdf");
    }
}

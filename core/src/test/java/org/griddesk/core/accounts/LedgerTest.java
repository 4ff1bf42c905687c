package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static Charge charge(int month, String amount, String supplier) {
        return new Charge(YearMonth.of(2026, month), "Электроснабжение", supplier, null, new BigDecimal(amount));
    }

    private static Payment payment(String at, String amount, PaymentResult result) {
        return new Payment(1, Instant.parse(at), PaymentMethod.SBP, "ПАО «РЭСК»", new BigDecimal(amount), result, false);
    }

    @Test
    void eachMonthClosesWithTheBalanceFoundByWalkingBackFromTodays() {
        // Sept charged 1000 paid nothing; Oct charged 900, paid 1500; Nov charged 800, paid 1000 (and a failed 50).
        List<Charge> charges = List.of(charge(9, "1000.00", "ПАО «РЭСК»"), charge(10, "900.00", "ПАО «РЭСК»"),
                charge(11, "800.00", "ПАО «РЭСК»"));
        List<Payment> payments = List.of(payment("2026-10-20T09:00:00Z", "1500.00", PaymentResult.SUCCEEDED),
                payment("2026-11-20T09:00:00Z", "1000.00", PaymentResult.SUCCEEDED),
                payment("2026-11-21T09:00:00Z", "50.00", PaymentResult.FAILED));
        List<MonthTotal> months = Ledger.months(Balance.of("200.00"), charges, payments, MOSCOW);

        assertThat(months).extracting(MonthTotal::month)
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        assertThat(months).extracting(total -> total.closing().amount()).containsExactly("200,00", "400,00", "1 000,00");
        assertThat(months.getFirst().paid()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aPaymentLateOnTheLastEveningCountsInTheCustomersMonth() {
        // 31 Oct 22:30 UTC is 1 Nov in Moscow.
        List<MonthTotal> months = Ledger.months(Balance.of("0"), List.of(),
                List.of(payment("2026-10-31T22:30:00Z", "100.00", PaymentResult.SUCCEEDED)), MOSCOW);
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void bySupplierGroupsMonthsAndSuppliers() {
        List<SupplierMonth> lines = Ledger.bySupplier(List.of(charge(11, "500.00", "ПАО «РЭСК»"),
                        charge(11, "120.00", "ООО «Водоканал»"), charge(10, "480.00", "ПАО «РЭСК»")),
                List.of(payment("2026-11-05T09:00:00Z", "700.00", PaymentResult.SUCCEEDED)), MOSCOW);
        assertThat(lines).extracting(line -> line.month() + " " + line.supplier() + " " + line.remaining().amount())
                .containsExactly("2026-11 ООО «Водоканал» 120,00", "2026-11 ПАО «РЭСК» -200,00",
                        "2026-10 ПАО «РЭСК» 480,00");
    }

    @Test
    void aPaymentBelowTenRublesCannotExist() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payment("2026-11-05T09:00:00Z", "9.99",
                PaymentResult.SUCCEEDED)).isInstanceOf(IllegalArgumentException.class);
    }
}

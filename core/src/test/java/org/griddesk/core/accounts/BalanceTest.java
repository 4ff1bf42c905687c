package org.griddesk.core.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's sign rules (001 §2.6, §2.8): overpayment «-» «Переплата», debt «К оплате», zero «Задолженность отсутствует». */
class BalanceTest {
    @Test
    void anOverpaymentIsShownWithAMinusAsПереплата() {
        Balance balance = Balance.of("-150");
        assertThat(balance.label()).isEqualTo("Переплата");
        assertThat(balance.amount()).isEqualTo("-150,00");
        assertThat(balance.text()).isEqualTo("Переплата -150,00 ₽");
    }

    @Test
    void aDebtIsКОплатеWithAPositiveSum() {
        Balance balance = Balance.of("1234.5");
        assertThat(balance.label()).isEqualTo("К оплате");
        assertThat(balance.amount()).isEqualTo("1 234,50");
    }

    @Test
    void zeroIsЗадолженностьОтсутствуетWithAZeroSum() {
        Balance balance = Balance.of("0.00");
        assertThat(balance.label()).isEqualTo("Задолженность отсутствует");
        assertThat(balance.amount()).isEqualTo("0,00");
        assertThat(Balance.of("-0.001").label()).as("rounded to kopecks first").isEqualTo("Задолженность отсутствует");
    }

    @Test
    void aSupplierMonthShowsWhatRemainsWithTheSameSigns() {
        assertThat(new SupplierMonth(java.time.YearMonth.of(2026, 11), "ПАО «РЭСК»", new java.math.BigDecimal("800.00"),
                new java.math.BigDecimal("1000.00")).remaining().amount()).isEqualTo("-200,00");
    }
}

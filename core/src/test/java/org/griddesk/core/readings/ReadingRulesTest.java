package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 001 §2.9: consumption = current − previous; less than previous is refused with its text; rollover said explicitly. */
class ReadingRulesTest {
    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void consumptionIsCurrentMinusPrevious() {
        assertThat(ReadingRules.consumption(n("12345"), n("12480"), 5, false)).isEqualByComparingTo("135");
        assertThat(ReadingRules.consumption(n("12345"), n("12345"), 5, false)).isEqualByComparingTo("0");
    }

    @Test
    void lessThanPreviousIsRefusedWithTheSeedsText() {
        assertThatThrownBy(() -> ReadingRules.consumption(n("12345"), n("12300"), 5, false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Показание не принято! Введенные показания меньше ранее переданных показаний. "
                        + "Проверьте корректность ввода");
    }

    @Test
    void aRolloverSaidExplicitlyRunsOverTheDialsEnd() {
        // A five-digit dial: 99 950 → 00 030 is 50 to the end and 30 after.
        assertThat(ReadingRules.consumption(n("99950"), n("30"), 5, true)).isEqualByComparingTo("80");
        assertThatThrownBy(() -> ReadingRules.consumption(n("99950"), n("30"), 5, false))
                .hasMessageStartingWith("Показание не принято!");
        assertThatThrownBy(() -> ReadingRules.consumption(n("100"), n("200"), 5, true))
                .hasMessageStartingWith("Переход через ноль возможен, только если новое показание меньше прежнего");
    }

    @Test
    void aReadingBeyondTheDialOrNegativeIsRefused() {
        assertThatThrownBy(() -> ReadingRules.consumption(n("100"), n("100000"), 5, false))
                .hasMessageContaining("5 знаков");
        assertThatThrownBy(() -> ReadingRules.consumption(null, n("-1"), 5, false))
                .hasMessage("Показание не может быть отрицательным");
    }

    @Test
    void aFirstReadingHasNoConsumptionYet() {
        assertThat(ReadingRules.consumption(null, n("500"), 6, false)).isNull();
    }

    @Test
    void theWindowTellsTheDaysOutsideIt() {
        ReadingWindow window = new ReadingWindow(15, 25);
        assertThat(window.contains(LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(window.contains(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(new ReadingWindow(20, 31).contains(LocalDate.of(2027, 2, 28))).as("to the month's end").isTrue();
        assertThat(window.closedMessage()).isEqualTo("Внести показания Вы можете в период с 15 по 25 число каждого "
                + "месяца. Просим быть внимательным к этим датам и вовремя вводить показания прибора учета");
    }
}

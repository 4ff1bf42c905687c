package org.griddesk.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = Calendars.calendar();

    @Test
    void theDayOfReceiptIsNotCountedAndWeekendsAreSkipped() {
        // Friday 27.11.2026 + 3 working days: Mon 30.11, Tue 01.12, Wed 02.12.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 27), 0)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void acrossNewYearTheHolidaysAndTheTransferredDayAreSkipped() {
        // Tue 29.12.2026: Wed 30.12 (1); Thu 31.12 is off by the transfer from 4 January; 01–10.01.2027 off or
        // weekend; Mon 11.01 (2), Tue 12.01 (3).
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 12))).isEqualTo(3);
    }

    @Test
    void aWorkedSaturdayCountsAndAHolidayOnAWeekdayDoesNot() {
        WorkingCalendar withTransfer = new WorkingCalendar(List.of(
                new CalendarDay(LocalDate.of(2027, 11, 6), true, "рабочая суббота"),
                new CalendarDay(LocalDate.of(2027, 11, 4), false, "День народного единства")));
        // Wed 03.11.2027 + 2: Thu 04.11 holiday, Fri 05.11 (1), Sat 06.11 worked (2).
        assertThat(withTransfer.plusWorkingDays(LocalDate.of(2027, 11, 3), 2)).isEqualTo(LocalDate.of(2027, 11, 6));
    }

    @Test
    void daysBetweenAreNegativeBackwards() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 27))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2))).isZero();
    }

    @Test
    void dueTextSaysWhatIsLeftOrOverdue() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(DueText.of(LocalDate.of(2026, 12, 7), false, false, today, calendar))
                .isEqualTo("07.12.2026, осталось 3 раб. дн.");
        assertThat(DueText.of(today, false, false, today, calendar)).isEqualTo("02.12.2026, срок сегодня");
        assertThat(DueText.of(LocalDate.of(2026, 11, 27), false, false, today, calendar))
                .isEqualTo("27.11.2026, просрочено на 3 раб. дн.");
        assertThat(DueText.of(null, true, false, today, calendar)).isEqualTo("приостановлен (ожидание заявителя)");
        assertThat(DueText.of(null, false, true, today, calendar)).isEqualTo("срок нарушен");
        assertThat(DueText.of(null, false, false, today, calendar)).isEmpty();
    }

    @Test
    void dueFiltersCountInWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(DueFilter.OVERDUE.from(friday)).isNull();
        assertThat(DueFilter.OVERDUE.to(friday, calendar)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(DueFilter.DUE_TODAY.to(friday, calendar)).isEqualTo(friday);
        assertThat(DueFilter.DUE_IN_3_DAYS.to(friday, calendar)).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}

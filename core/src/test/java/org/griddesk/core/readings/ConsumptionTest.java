package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionTest {
    private static Reading reading(String at, String consumption, ReadingState state) {
        return new Reading(1, 1, 1, Instant.parse(at), ReadingChannel.PORTAL, BigDecimal.ONE, false, state,
                BigDecimal.ONE, consumption == null ? null : new BigDecimal(consumption), null, null);
    }

    @Test
    void billedConsumptionIsSummedByMonthPerServiceAndZone() {
        Meter day = new Meter(1, 1, "Электроснабжение", "День", "1", "М", 6, null, null);
        Meter night = new Meter(2, 1, "Электроснабжение", "Ночь", "2", "М", 6, null, null);
        var series = Consumption.byMonth(List.of(
                new MeterReadings(day, List.of(reading("2026-11-18T16:30:00Z", "120", ReadingState.ACCEPTED),
                        reading("2026-11-25T16:30:00Z", "30", ReadingState.CORRECTED),
                        reading("2026-10-18T16:30:00Z", "999", ReadingState.REJECTED)), List.of()),
                new MeterReadings(night, List.of(reading("2026-11-18T16:30:00Z", "80", ReadingState.ACCEPTED),
                        reading("2026-10-18T16:30:00Z", null, ReadingState.ACCEPTED)), List.of())), ZoneId.of("Europe/Moscow"));
        assertThat(series.keySet()).containsExactly("Электроснабжение, День", "Электроснабжение, Ночь");
        assertThat(series.get("Электроснабжение, День")).containsOnlyKeys(YearMonth.of(2026, 11));
        assertThat(series.get("Электроснабжение, День").get(YearMonth.of(2026, 11))).isEqualByComparingTo("150");
        assertThat(series.get("Электроснабжение, Ночь").get(YearMonth.of(2026, 11))).isEqualByComparingTo("80");
    }
}

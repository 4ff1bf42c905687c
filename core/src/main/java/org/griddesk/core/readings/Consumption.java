package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** «Статистика» (§2.8): billed consumption by month, per service and time-of-day zone. */
public final class Consumption {
    private Consumption() {
    }

    /** Keyed «Электроснабжение, День», months oldest first; readings without a known consumption are left out. */
    public static Map<String, Map<YearMonth, BigDecimal>> byMonth(List<MeterReadings> meters, ZoneId zone) {
        Map<String, Map<YearMonth, BigDecimal>> series = new TreeMap<>();
        for (MeterReadings meter : meters) {
            String key = meter.meter().service() + ", " + meter.meter().zone();
            for (Reading reading : meter.readings()) {
                if (reading.state().billed() && reading.consumption() != null) {
                    series.computeIfAbsent(key, k -> new TreeMap<>()).merge(
                            YearMonth.from(reading.submittedAt().atZone(zone)), reading.consumption(), BigDecimal::add);
                }
            }
        }
        return series;
    }
}

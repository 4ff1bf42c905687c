package org.griddesk.core.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Draws a report's chart from its rows: per category, the sum of each series column. */
final class Charts {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Charts() {
    }

    static ReportChart of(ReportKind kind, ReportTable table) {
        if (kind.chartCategory() < 0 || table.rows().isEmpty()) {
            return null;
        }
        Map<String, long[]> sums = new LinkedHashMap<>();
        int seriesCount = kind.chartSeries().size();
        for (List<Object> row : table.rows()) {
            long[] sum = sums.computeIfAbsent(label(row.get(kind.chartCategory())), key -> new long[seriesCount]);
            for (int i = 0; i < seriesCount; i++) {
                Object value = row.get(kind.chartSeries().get(i));
                sum[i] += value instanceof Number number ? Math.round(number.doubleValue()) : 0;
            }
        }
        List<ReportChart.Series> series = new ArrayList<>();
        for (int i = 0; i < seriesCount; i++) {
            int index = i;
            series.add(new ReportChart.Series(table.columns().get(kind.chartSeries().get(i)).title(),
                    sums.values().stream().map(sum -> sum[index]).toList()));
        }
        return new ReportChart(kind.title(), List.copyOf(sums.keySet()), series);
    }

    private static String label(Object value) {
        return value instanceof java.time.LocalDate date ? DAY.format(date) : Objects.toString(value, "—");
    }
}

package org.griddesk.core.reports;

import java.util.List;

/**
 * What a report draws: one bar group per category, one bar per series (values in category order). The screen draws
 * it with JavaFX charts, the PDF export with PDFBox.
 */
public record ReportChart(String title, List<String> categories, List<Series> series) {
    public record Series(String name, List<Long> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public ReportChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}

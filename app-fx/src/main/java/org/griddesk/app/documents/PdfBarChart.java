package org.griddesk.app.documents;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.griddesk.core.reports.ReportChart;

/**
 * The report's bar chart in PDF vector graphics, as the screen shows it: a group of bars per category, a colour per
 * series, each value over its bar (upright where the bar is too narrow for it), the categories under the groups and
 * a legend naming the series.
 */
final class PdfBarChart {
    static final float HEIGHT = 230;
    private static final float[][] COLOURS = {
        {0.26f, 0.52f, 0.96f}, {0.96f, 0.56f, 0.16f}, {0.20f, 0.66f, 0.33f}, {0.86f, 0.24f, 0.24f},
        {0.58f, 0.40f, 0.74f}, {0.55f, 0.34f, 0.29f}, {0.89f, 0.47f, 0.76f}, {0.50f, 0.50f, 0.50f}};
    private static final float VALUE = 6.5f;
    private static final float SMALL = 7;

    private final PdfPages pages;
    private final PDPageContentStream content;
    private final ReportChart chart;
    private final long low;
    private final long high;
    private final long step;

    private PdfBarChart(PdfPages pages, ReportChart chart) {
        this.pages = pages;
        this.content = pages.content();
        this.chart = chart;
        long min = 0;
        long max = 0;
        for (ReportChart.Series series : chart.series()) {
            for (long value : series.values()) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        step = step(Math.max(1, max - min) / 5.0);
        low = Math.floorDiv(min, step) * step;
        high = Math.max(low + step, -Math.floorDiv(-max, step) * step);
    }

    /** Draws the chart from the pages' cursor down, {@link #HEIGHT} points tall. */
    static void draw(PdfPages pages, ReportChart chart) throws IOException {
        new PdfBarChart(pages, chart).draw();
        pages.down(HEIGHT);
    }

    /** 1, 2 or 5 times a power of ten: ticks a reader counts in; never below 1, since the values are counts. */
    private static long step(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, Math.round(nice * magnitude));
    }

    private void draw() throws IOException {
        float top = pages.y();
        pages.text(pages.fit(chart.title(), pages.width(), 11), pages.left(), top - 11, 11);
        legend(top - 27);
        int categories = chart.categories().size();
        int series = chart.series().size();
        float axis = pages.width(label(low), SMALL) + 6;
        for (long tick = low; tick <= high; tick += step) {
            axis = Math.max(axis, pages.width(label(tick), SMALL) + 6);
        }
        float left = pages.left() + axis;
        float width = pages.width() - axis;
        float group = width / categories;
        float bar = group * 0.8f / series;
        float widest = 0;
        for (ReportChart.Series one : chart.series()) {
            for (long value : one.values()) {
                widest = Math.max(widest, pages.width(label(value), VALUE));
            }
        }
        boolean upright = widest > bar + 2;
        float headroom = upright ? widest + 4 : VALUE + 4;
        float bottom = top - HEIGHT + 16;
        Scale scale = new Scale(bottom, top - 36 - headroom, low, high);
        grid(left, width, scale);
        for (int i = 0; i < categories; i++) {
            float start = left + i * group + group * 0.1f;
            for (int s = 0; s < series; s++) {
                long value = chart.series().get(s).values().get(i);
                bar(s, start + s * bar, bar, value, scale, upright);
            }
            String category = pages.fit(chart.categories().get(i), group - 2, SMALL);
            pages.text(category, left + i * group + (group - pages.width(category, SMALL)) / 2, bottom - 10, SMALL);
        }
        content.setStrokingColor(0f);
        content.setLineWidth(0.8f);
        content.moveTo(left, scale.bottom());
        content.lineTo(left, scale.top());
        content.moveTo(left, scale.y(0));
        content.lineTo(left + width, scale.y(0));
        content.stroke();
    }

    private void legend(float baseline) throws IOException {
        float x = pages.left();
        float slot = pages.width() / chart.series().size();
        for (int s = 0; s < chart.series().size(); s++) {
            colour(s);
            content.addRect(x, baseline - 1, 8, 8);
            content.fill();
            content.setNonStrokingColor(0f);
            String name = pages.fit(chart.series().get(s).name(), slot - 26, 8);
            pages.text(name, x + 11, baseline, 8);
            x += Math.min(slot, pages.width(name, 8) + 26);
        }
    }

    private void grid(float left, float width, Scale scale) throws IOException {
        content.setStrokingColor(0.85f);
        content.setLineWidth(0.4f);
        for (long tick = low; tick <= high; tick += step) {
            float y = scale.y(tick);
            content.moveTo(left, y);
            content.lineTo(left + width, y);
            pages.textRight(label(tick), left - 3, y - 2, SMALL);
        }
        content.stroke();
    }

    private void bar(int series, float x, float width, long value, Scale scale, boolean upright) throws IOException {
        float zero = scale.y(0);
        float end = scale.y(value);
        colour(series);
        content.addRect(x, Math.min(zero, end), width * 0.92f, Math.abs(end - zero));
        content.fill();
        content.setNonStrokingColor(0f);
        String text = label(value);
        float textWidth = pages.width(text, VALUE);
        if (!upright) {
            float baseline = value >= 0 ? end + 2 : end - VALUE - 1;
            pages.text(text, x + (width * 0.92f - textWidth) / 2, baseline, VALUE);
        } else if (width >= VALUE * 0.7f) {
            float start = value >= 0 ? end + 2 : end - 2 - textWidth;
            pages.textUp(text, x + (width * 0.92f + VALUE * 0.7f) / 2, start, VALUE);
        }
    }

    private void colour(int series) throws IOException {
        float[] rgb = COLOURS[series % COLOURS.length];
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    private static String label(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    /** Values to heights between the plot's bottom and top. */
    private record Scale(float bottom, float top, long low, long high) {
        float y(long value) {
            return bottom + (float) (value - low) / (high - low) * (top - bottom);
        }
    }
}

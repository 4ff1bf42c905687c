package org.griddesk.app.cases;

import java.util.Locale;

/** File sizes as clerks read them: "820 байт", "14,2 КБ", "3,5 МБ". */
final class FileSizes {
    private FileSizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " байт";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.forLanguageTag("ru"), "%.1f КБ", bytes / 1024.0);
        }
        return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", bytes / (1024.0 * 1024));
    }
}

package org.griddesk.core.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report or the filtered queue is exported to. */
public enum ExportFormat {
    XLSX("xlsx", "Книга Excel"),
    CSV("csv", "CSV (Excel, разделитель «;»)"),
    PDF("pdf", "PDF с диаграммой");

    private final String extension;
    private final String title;

    ExportFormat(String extension, String title) {
        this.extension = extension;
        this.title = title;
    }

    public String extension() {
        return extension;
    }

    public String title() {
        return title;
    }

    public static Optional<ExportFormat> byExtension(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }
}

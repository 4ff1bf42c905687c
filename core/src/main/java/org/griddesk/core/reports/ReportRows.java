package org.griddesk.core.reports;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a report, handed over one at a time: a million queue rows stream from a database cursor to the file
 * without ever being held together. Each row has one value per column, of the column's type, or null.
 */
@FunctionalInterface
public interface ReportRows {
    void forEach(Consumer<List<Object>> row);

    static ReportRows of(List<List<Object>> rows) {
        return rows::forEach;
    }
}

package org.griddesk.core.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How an operator arranged a table: its columns in their order with their widths, the sorted column (null: the
 * screen's default) and the page size. Stored as one line of text; an unreadable or outdated line reads as empty,
 * so a screen that changed its columns starts from its defaults instead of failing.
 */
public record TableLayout(List<Column> columns, String sortColumn, boolean ascending, int pageSize) {
    public static final List<Integer> PAGE_SIZES = List.of(50, 100, 200, 500);
    public static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_COLUMNS = 40;

    /** A column by its id, {@code width} in pixels. */
    public record Column(String id, double width) {
    }

    public TableLayout {
        columns = List.copyOf(columns);
        if (!PAGE_SIZES.contains(pageSize)) {
            pageSize = DEFAULT_PAGE_SIZE;
        }
    }

    /** «id:width,id:width|sort:asc|pageSize»; ids are the screen's own (letters, digits, '_', '-'). */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Column column : columns) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(column.id()).append(':').append(Math.round(column.width()));
        }
        text.append('|').append(sortColumn == null ? "" : sortColumn + ":" + (ascending ? "asc" : "desc"));
        return text.append('|').append(pageSize).toString();
    }

    public static Optional<TableLayout> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            List<Column> columns = new ArrayList<>();
            for (String column : parts[0].isEmpty() ? new String[0] : parts[0].split(",")) {
                String[] idAndWidth = column.split(":");
                if (idAndWidth.length != 2 || !validId(idAndWidth[0])) {
                    return Optional.empty();
                }
                double width = Double.parseDouble(idAndWidth[1]);
                if (width < 10 || width > 5000) {
                    return Optional.empty();
                }
                columns.add(new Column(idAndWidth[0], width));
            }
            String[] sort = parts[1].split(":");
            boolean sorted = !parts[1].isEmpty();
            if (columns.size() > MAX_COLUMNS || sorted && (sort.length != 2 || !validId(sort[0])
                    || !Set.of("asc", "desc").contains(sort[1]))) {
                return Optional.empty();
            }
            return Optional.of(new TableLayout(columns, sorted ? sort[0] : null, sorted && sort[1].equals("asc"),
                    Integer.parseInt(parts[2])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean validId(String id) {
        return id.matches("[A-Za-z0-9_-]{1,60}");
    }

    public TableLayout withColumns(List<Column> arranged) {
        return new TableLayout(arranged, sortColumn, ascending, pageSize);
    }

    public TableLayout withSort(String column, boolean ascendingOrder) {
        return new TableLayout(columns, column, ascendingOrder, pageSize);
    }

    public TableLayout withPageSize(int size) {
        return new TableLayout(columns, sortColumn, ascending, size);
    }

    public static TableLayout defaults() {
        return new TableLayout(List.of(), null, false, DEFAULT_PAGE_SIZE);
    }
}

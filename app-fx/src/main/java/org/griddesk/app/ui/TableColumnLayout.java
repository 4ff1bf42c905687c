package org.griddesk.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.griddesk.core.preferences.TableLayout;

/** A table's columns (by their ids) arranged as a saved layout says, and every rearrangement reported. */
public final class TableColumnLayout {
    private TableColumnLayout() {
    }

    /** Saved columns first in their order and width; columns the layout does not know keep their place after them. */
    public static <S> void apply(TableView<S> table, List<TableLayout.Column> saved) {
        if (saved.isEmpty()) {
            return;
        }
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(column -> byId.put(column.getId(), column));
        List<TableColumn<S, ?>> arranged = new ArrayList<>();
        for (TableLayout.Column column : saved) {
            TableColumn<S, ?> known = byId.remove(column.id());
            if (known != null) {
                known.setPrefWidth(column.width());
                arranged.add(known);
            }
        }
        arranged.addAll(byId.values());
        table.getColumns().setAll(arranged);
    }

    /** {@code arranged} hears the columns' order and widths after each drag of a header or a column edge. */
    public static <S> void observe(TableView<S> table, Consumer<List<TableLayout.Column>> arranged) {
        Runnable report = () -> arranged.accept(table.getColumns().stream()
                .map(column -> new TableLayout.Column(column.getId(), column.getWidth())).toList());
        table.getColumns().forEach(column -> column.widthProperty().addListener(observable -> report.run()));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> report.run());
    }
}

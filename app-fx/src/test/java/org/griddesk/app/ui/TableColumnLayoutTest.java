package org.griddesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.griddesk.app.testing.Fx;
import org.griddesk.core.preferences.TableLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableColumnLayoutTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    private static TableView<String> table(String... ids) {
        TableView<String> table = new TableView<>();
        for (String id : ids) {
            TableColumn<String, String> column = new TableColumn<>(id);
            column.setId(id);
            column.setPrefWidth(100);
            table.getColumns().add(column);
        }
        return table;
    }

    private static List<String> order(TableView<String> table) {
        return table.getColumns().stream().map(TableColumn::getId).toList();
    }

    @Test
    void savedColumnsComeFirstInTheirOrderAndWidthUnknownOnesKeepTheirPlaceAfter() {
        TableView<String> table = Fx.call(() -> table("number", "kind", "title", "status"));
        Fx.run(() -> TableColumnLayout.apply(table, List.of(new TableLayout.Column("status", 240),
                new TableLayout.Column("gone", 90), new TableLayout.Column("number", 70))));
        assertThat(order(table)).containsExactly("status", "number", "kind", "title");
        assertThat(table.getColumns().getFirst().getPrefWidth()).isEqualTo(240);
        assertThat(table.getColumns().get(2).getPrefWidth()).as("not in the layout: untouched").isEqualTo(100);

        Fx.run(() -> TableColumnLayout.apply(table, List.of()));
        assertThat(order(table)).as("no saved layout changes nothing").containsExactly("status", "number", "kind", "title");
    }

    @Test
    void aMovedColumnIsReportedWithTheNewOrder() {
        TableView<String> table = Fx.call(() -> table("number", "kind", "title"));
        List<List<TableLayout.Column>> reported = new CopyOnWriteArrayList<>();
        Fx.run(() -> {
            TableColumnLayout.observe(table, reported::add);
            TableColumn<String, ?> title = table.getColumns().removeLast();
            table.getColumns().addFirst(title);
        });
        assertThat(reported).isNotEmpty();
        assertThat(reported.getLast()).extracting(TableLayout.Column::id).containsExactly("title", "number", "kind");
    }
}

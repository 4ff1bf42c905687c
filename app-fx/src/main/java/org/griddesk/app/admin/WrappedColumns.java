package org.griddesk.app.admin;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.griddesk.app.ui.TextColumns;

/**
 * Text columns whose long values (decree points, stage names) wrap onto more lines instead of ending in «…»: at
 * 1024×768 the rule table cannot give each of them a line of its own.
 */
final class WrappedColumns {
    private WrappedColumns() {
    }

    static <R> TableColumn<R, String> of(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = TextColumns.of(title, value, width);
        column.setCellFactory(owner -> new TableCell<>() {
            // A Text, not the cell's own label: only a Text reports the height its wrapping needs to the row.
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(owner.widthProperty().subtract(18));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                // As a cell's own text is placed, so that it lines up with the plain columns beside it.
                text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
                // Lines of neighbouring rows must not touch: the dense theme pads cells for a single line only.
                setStyle("-fx-padding: 4 8 4 8;");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }
}

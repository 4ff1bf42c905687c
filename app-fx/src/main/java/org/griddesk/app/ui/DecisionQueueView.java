package org.griddesk.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The parts every {@link DecisionQueue} screen shows: the action bar with its notice, and the table. */
public final class DecisionQueueView {
    private DecisionQueueView() {
    }

    /** A decision's button: enabled while the queue allows a decision. */
    public static Button action(DecisionQueue<?> queue, String id, String text, Ikon icon, Runnable action) {
        Button button = Icons.button(text, icon);
        button.setId(id);
        button.disableProperty().bind(queue.canDecideProperty().not());
        button.setOnAction(event -> action.run());
        return button;
    }

    /** «Обновить», the decisions, progress and the count; below them what the last decision did. */
    public static Parent bar(DecisionQueue<?> queue, String idPrefix, Button... actions) {
        Button refresh = Icons.button("Обновить", MaterialDesignR.REFRESH);
        refresh.setId(idPrefix + "-refresh");
        refresh.setOnAction(event -> queue.reload());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(queue.loadingProperty().or(queue.workingProperty()));
        Label count = new Label();
        count.setId(idPrefix + "-count");
        count.textProperty().bind(queue.countTextProperty());
        List<Node> nodes = new ArrayList<>(List.of(refresh));
        nodes.addAll(List.of(actions));
        nodes.addAll(List.of(progress, count));
        HBox buttons = new HBox(8, nodes.toArray(Node[]::new));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId(idPrefix + "-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(queue.noticeProperty());
        notice.visibleProperty().bind(queue.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox bar = new VBox(6, buttons, notice);
        bar.setPadding(new Insets(8, 12, 4, 12));
        bar.getStyleClass().add("queue-filter-bar");
        return bar;
    }

    /** The table bound to the queue: oldest first as loaded (no sorting), the selection what decisions work on. */
    public static <R> Parent table(DecisionQueue<R> queue, TableView<R> table, String emptyText) {
        table.getColumns().forEach(column -> column.setSortable(false));
        // The last column (the free text) takes what the window's width leaves.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(queue.rows());
        queue.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(queue.loadingProperty()).then(queue.loadingTitle()).otherwise(emptyText));
        table.setPlaceholder(placeholder);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(queue.errorTextProperty());
        error.visibleProperty().bind(queue.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}

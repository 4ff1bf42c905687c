package org.griddesk.app.admin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.griddesk.app.admin.DeadlineRulesViewModel.RuleEdit;
import org.griddesk.app.ui.Icons;
import org.griddesk.app.ui.TextColumns;
import org.griddesk.app.ui.View;
import org.griddesk.core.deadlines.DeadlineRule;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** «Правила сроков»: the rule table; a double click or «Изменить…» opens the rule's dialog, again after a refusal. */
public class DeadlineRulesView implements View {
    private final DeadlineRulesViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<DeadlineRule> table = new TableView<>();

    public DeadlineRulesView(DeadlineRulesViewModel model) {
        this.model = model;
        root.getStyleClass().add("admin-page");
        root.setPadding(new Insets(12));
        Label hint = new Label("Новые сроки применяются к этапам, которые начнутся после изменения; идущие сроки "
                + "не пересчитываются.");
        hint.setId("deadline-rules-hint");
        hint.setWrapText(true);
        Label notice = new Label();
        notice.setId("deadline-rules-notice");
        notice.getStyleClass().add("case-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        VBox top = new VBox(4, hint, notice);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table());
        root.setBottom(actions());
    }

    private TableView<DeadlineRule> table() {
        table.setId("deadline-rules-table");
        table.getColumns().add(WrappedColumns.of("Вид обращения", rule -> rule.kind().title(), 205));
        table.getColumns().add(WrappedColumns.of("Этап", rule -> rule.stage().title(), 215));
        table.getColumns().add(WrappedColumns.of("Категория", DeadlineRulesViewModel::category, 145));
        table.getColumns().add(fixed(TextColumns.of("Срок", DeadlineRule::termText, 95)));
        table.getColumns().add(WrappedColumns.of("Основание", DeadlineRule::source, 236));
        table.getColumns().add(fixed(toConfirmColumn()));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.rules());
        table.setPlaceholder(new Label("Правила сроков не загружены"));
        table.setRowFactory(view -> {
            TableRow<DeadlineRule> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem(), null, null);
                }
            });
            return row;
        });
        return table;
    }

    /** Short values keep their width; the room the table gains goes to the columns that wrap. */
    private static TableColumn<DeadlineRule, String> fixed(TableColumn<DeadlineRule, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        column.setResizable(false);
        return column;
    }

    /** «да» in the table's attention style: these figures were seeded without a confirmed text. */
    private static TableColumn<DeadlineRule, String> toConfirmColumn() {
        TableColumn<DeadlineRule, String> column = TextColumns.of("Уточнить", DeadlineRulesViewModel::toConfirmText, 90);
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("due-overdue");
                if (!empty && item != null && !item.isEmpty()) {
                    getStyleClass().add("due-overdue");
                }
            }
        });
        return column;
    }

    private Parent actions() {
        Button edit = Icons.button("Изменить…", MaterialDesignP.PENCIL);
        edit.setId("deadline-rule-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.workingProperty()));
        edit.setOnAction(event -> edit(table.getSelectionModel().getSelectedItem(), null, null));
        HBox bar = new HBox(8, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    /** The dialog, and again with the typed edit after each refusal until it is saved or cancelled. */
    private void edit(DeadlineRule rule, RuleEdit typed, String problem) {
        if (model.workingProperty().get()) {
            return;
        }
        model.dialogs().showCustom(new DeadlineRuleDialog(rule, typed, problem)).ifPresent(edit -> model.update(rule,
                edit, this::edit));
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.cases;

import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.griddesk.app.ui.Icons;
import org.griddesk.core.cases.Assignee;
import org.griddesk.core.cases.SigningFilter;
import org.griddesk.core.deadlines.DueFilter;
import org.griddesk.core.reports.ExportFormat;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The queue's second bar: whose cases («Мои обращения», «Без исполнителя»), «Срок», and what to do with the chosen
 * rows. Buttons the operator's role does not allow are not shown (the services refuse them anyway).
 */
final class QueueWorkBar {
    private final CaseQueueViewModel model;
    private final QueueActionsViewModel actions;
    private final TableView<CaseQueueRow> table;
    /** Wraps rather than pushing the queue wider than a 1024-pixel window. */
    private final FlowPane bar = new FlowPane(8, 6);

    /** An entry of a filter's box: one value, or none (null) to keep every case. */
    private record Choice<F>(F filter, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    QueueWorkBar(CaseQueueViewModel model, QueueActionsViewModel actions, TableView<CaseQueueRow> table) {
        this.model = model;
        this.actions = actions;
        this.table = table;
        bar.getChildren().addAll(ownerToggles());
        bar.getChildren().add(filterChoice("queue-due", "Срок: любой", DueFilter.values(), DueFilter::title,
                model.dueFilterProperty()));
        bar.getChildren().add(filterChoice("queue-signing", "Подписание: любое", SigningFilter.values(),
                SigningFilter::title, model.signingFilterProperty()));
        if (actions.mayTake()) {
            Button take = Icons.button("Взять в работу", MaterialDesignH.HAND_BACK_RIGHT_OUTLINE);
            take.setId("queue-take");
            take.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
            take.setOnAction(event -> actions.take(chosen()));
            bar.getChildren().add(take);
        }
        if (actions.mayAssign()) {
            Button assign = Icons.button("Назначить исполнителя…", MaterialDesignA.ACCOUNT_ARROW_RIGHT_OUTLINE);
            assign.setId("queue-assign");
            assign.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
            assign.setOnAction(event -> {
                List<CaseQueueRow> rows = chosen();
                actions.loadAssignees(assignees -> askWhom(rows, assignees, null, null));
            });
            bar.getChildren().add(assign);
        }
        if (actions.mayExport()) {
            bar.getChildren().add(exportMenu());
        }
        bar.getChildren().forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        Label done = new Label();
        done.setId("queue-done");
        done.textProperty().bind(actions.doneTextProperty());
        bar.getChildren().add(done);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("queue-work-bar");
    }

    private List<ToggleButton> ownerToggles() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> toggles = new java.util.ArrayList<>();
        for (QueueOwner owner : QueueOwner.values()) {
            ToggleButton toggle = new ToggleButton(owner.toString());
            toggle.setId("queue-owner-" + owner.name().toLowerCase(java.util.Locale.ROOT));
            toggle.setToggleGroup(group);
            toggle.setSelected(model.ownerProperty().get() == owner);
            toggle.setOnAction(event -> {
                model.ownerProperty().set(owner);
                toggle.setSelected(true);
            });
            toggles.add(toggle);
        }
        model.ownerProperty().addListener((observable, old, now) ->
                toggles.forEach(toggle -> toggle.setSelected(toggle.getText().equals(now.toString()))));
        return toggles;
    }

    /** The box and the model's filter follow each other (a reset of the filters empties the box too). */
    private static <F> ComboBox<Choice<F>> filterChoice(String id, String any, F[] values, Function<F, String> title,
                                                        ObjectProperty<F> filter) {
        Function<F, Choice<F>> choice = value -> new Choice<>(value, value == null ? any : title.apply(value));
        ComboBox<Choice<F>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(choice.apply(null));
        for (F value : values) {
            box.getItems().add(choice.apply(value));
        }
        box.setValue(choice.apply(filter.get()));
        box.valueProperty().addListener((observable, old, chosen) -> filter.set(chosen == null ? null : chosen.filter()));
        filter.addListener((observable, old, now) -> {
            if (box.getValue() == null || box.getValue().filter() != now) {
                box.setValue(choice.apply(now));
            }
        });
        return box;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Выгрузить");
        export.setGraphic(Icons.of(MaterialDesignM.MICROSOFT_EXCEL));
        export.setId("queue-export");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.title());
            item.setId("queue-export-" + format.extension());
            item.setOnAction(event -> actions.exportAs(format, model.shownQueryProperty().get(), filtersText()));
            export.getItems().add(item);
        }
        return export;
    }

    /** The queue's filters in words, written above the exported rows. */
    private String filtersText() {
        StringBuilder text = new StringBuilder(model.ownerProperty().get().toString());
        if (!model.selectedStatuses().isEmpty()) {
            text.append("; статусы: ").append(String.join(", ", model.selectedStatuses()));
        }
        if (model.kindProperty().get() != null) {
            text.append("; вид: ").append(model.kindProperty().get().title());
        }
        if (model.dueFilterProperty().get() != null) {
            text.append("; ").append(model.dueFilterProperty().get().title().toLowerCase(java.util.Locale.ROOT));
        }
        if (model.signingFilterProperty().get() != null) {
            text.append("; подписание: ").append(model.signingFilterProperty().get().title().toLowerCase(java.util.Locale.ROOT));
        }
        if (!model.searchTextProperty().get().isBlank()) {
            text.append("; поиск: «").append(model.searchTextProperty().get().strip()).append('»');
        }
        return text.toString();
    }

    private List<CaseQueueRow> chosen() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Opens again with what was typed when the service refused it. */
    private void askWhom(List<CaseQueueRow> rows, List<Assignee> assignees, AssignDialog.Choice typed, String problem) {
        AssignDialog dialog = new AssignDialog(rows.size(), assignees, typed, problem);
        dialog.initOwner(bar.getScene().getWindow());
        Optional<AssignDialog.Choice> choice = dialog.showAndWait();
        choice.ifPresent(chosen -> actions.assign(rows, chosen.assignee() == AssignDialog.NOBODY ? null : chosen.assignee(),
                chosen.reason(), reason -> askWhom(rows, assignees, chosen, reason)));
    }

    Parent root() {
        return bar;
    }
}

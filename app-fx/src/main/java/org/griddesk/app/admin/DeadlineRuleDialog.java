package org.griddesk.app.admin;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.griddesk.app.admin.DeadlineRulesViewModel.RuleEdit;
import org.griddesk.app.ui.FieldProblem;
import org.griddesk.app.ui.RussianButtons;
import org.griddesk.core.deadlines.DeadlineAdministration;
import org.griddesk.core.deadlines.DeadlineRule;
import org.griddesk.core.deadlines.TermUnit;

/**
 * The term, unit, source and «уточнить» of one rule. After a refusal it opens again with what was typed and the
 * reason, the field at fault marked; the range of the term is the service's to check, so the field takes any digits.
 */
final class DeadlineRuleDialog extends Dialog<RuleEdit> {
    /** {@code typed}: the refused edit to show again; {@code problem}: why it was refused (both may be null). */
    DeadlineRuleDialog(DeadlineRule rule, RuleEdit typed, String problem) {
        setTitle("Правило сроков");
        setHeaderText(DeadlineAdministration.describe(rule));
        TextField term = new TextField(String.valueOf(typed != null ? typed.term() : rule.term()));
        term.setId("deadline-term");
        term.setPrefColumnCount(5);
        term.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,5}") ? change : null));
        ComboBox<TermUnit> unit = new ComboBox<>(FXCollections.observableArrayList(TermUnit.values()));
        unit.setId("deadline-unit");
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermUnit value) {
                return value == null ? "" : value.title();
            }

            @Override
            public TermUnit fromString(String text) {
                return null;
            }
        });
        unit.setValue(typed != null ? typed.unit() : rule.unit());
        HBox termBox = new HBox(8, term, unit);
        termBox.setAlignment(Pos.CENTER_LEFT);
        TextArea source = new TextArea(typed != null ? typed.source() : rule.source());
        source.setId("deadline-source");
        source.setWrapText(true);
        source.setPrefColumnCount(40);
        source.setPrefRowCount(3);
        CheckBox toConfirm = new CheckBox("Уточнить: срок ещё не сверен с текстом документа");
        toConfirm.setId("deadline-to-confirm");
        toConfirm.setSelected(typed != null ? typed.toConfirm() : rule.toConfirm());

        GridPane form = new GridPane(10, 8);
        form.addRow(0, caption("Срок"), termBox);
        form.addRow(1, caption("Основание"), source);
        form.add(toConfirm, 1, 2);
        if (problem != null) {
            form.add(FieldProblem.label(problem), 1, 3);
            FieldProblem.mark(fieldAtFault(problem, term, unit, source));
        }
        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(620);
        // Dialogs are windows of their own: without the application's sheet the reason and the mark would not show red.
        getDialogPane().getStylesheets().add(Objects.requireNonNull(DeadlineRuleDialog.class
                .getResource("/org/griddesk/app/griddesk.css")).toExternalForm());
        ButtonType save = new ButtonType("Сохранить", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, RussianButtons.CANCEL);
        getDialogPane().lookupButton(save).setId("deadline-save");
        setOnShown(event -> term.requestFocus());
        setResultConverter(button -> button != save ? null : new RuleEdit(
                term.getText().isEmpty() ? 0 : Integer.parseInt(term.getText()), unit.getValue(), source.getText(),
                toConfirm.isSelected()));
    }

    /** A caption that keeps its words when the dialog is narrow: the field beside it gives way instead. */
    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    /** The service words its refusals by field: the one it names gets the error style. */
    private static Node fieldAtFault(String problem, TextField term, ComboBox<TermUnit> unit, TextArea source) {
        if (problem.startsWith("Срок")) {
            return term;
        }
        if (problem.contains("единиц")) {
            return unit;
        }
        return problem.startsWith("Правило") ? null : source;
    }
}

package org.griddesk.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Date fields as a Russian clerk types and reads them: дд.мм.гггг shown, «1.10.2026» and «01.10.26» accepted; a
 * typed date that is not one marks the field with a message and keeps the previous value.
 */
public final class DateFields {
    public static final String NOT_A_DATE = "Дата в формате дд.мм.гггг, например 01.10.2026";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d.M.[uuuu][uu]")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateFields() {
    }

    public static DatePicker create(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        Tooltip hint = new Tooltip(NOT_A_DATE);
        picker.setTooltip(hint);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    marked(picker, hint, null);
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(text.strip(), TYPED);
                    marked(picker, hint, null);
                    return date;
                } catch (DateTimeParseException e) {
                    marked(picker, hint, "«" + text.strip() + "» — не дата. " + NOT_A_DATE);
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    private static void marked(DatePicker picker, Tooltip hint, String problem) {
        picker.getStyleClass().remove("field-error");
        hint.setText(problem == null ? NOT_A_DATE : problem);
        if (problem != null) {
            picker.getStyleClass().add("field-error");
        }
    }
}

package org.griddesk.app.ui;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import org.griddesk.app.testing.Fx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateFieldsTest {
    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    private static void type(DatePicker picker, String text) {
        Fx.run(() -> {
            picker.getEditor().setText(text);
            picker.commitValue();
        });
    }

    @Test
    void russianDatesAreTypedAndShownAndANonDateIsMarkedKeepingTheValue() {
        DatePicker picker = Fx.call(() -> DateFields.create("from", "с"));
        type(picker, "1.10.2026");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Fx.call(() -> picker.getConverter().toString(picker.getValue()))).as("shown").isEqualTo("01.10.2026");

        type(picker, "31.02.2026");
        assertThat(picker.getValue()).as("the previous date stays").isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(picker.getStyleClass()).contains("field-error");
        assertThat(picker.getTooltip().getText()).isEqualTo("«31.02.2026» — не дата. " + DateFields.NOT_A_DATE);

        type(picker, "05.01.27");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(picker.getStyleClass()).doesNotContain("field-error");
        type(picker, "");
        assertThat(picker.getValue()).isNull();
    }
}

package org.griddesk.app.readings;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.DecisionQueue;
import org.griddesk.app.ui.UiContext;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.readings.ReadingRules;
import org.griddesk.core.readings.ReadingService;
import org.griddesk.core.readings.ReadingValues;

/**
 * «Показания»: readings waiting for a clerk, oldest first; the selected one is accepted, corrected with a reason or
 * rejected with one.
 */
public class ReadingsViewModel implements Activatable {
    /** ReadingService refuses longer reasons. */
    static final int MAX_REASON_LENGTH = 1000;

    private final ReadingService readings;
    private final DecisionQueue<ReadingQueueRow> queue;

    public ReadingsViewModel(ReadingService readings, UiContext ui) {
        this.readings = readings;
        this.queue = new DecisionQueue<>(ui, "Загрузка показаний…", "Ожидают", 1000,
                (operator, limit) -> readings.pending(operator, limit).stream().map(ReadingQueueRow::of).toList(),
                ReadingQueueRow::id);
    }

    @Override
    public void activate() {
        queue.activate();
    }

    @Override
    public void deactivate() {
        queue.deactivate();
    }

    public DecisionQueue<ReadingQueueRow> queue() {
        return queue;
    }

    /** «Принять»: as given, consumption from the previous billed reading. */
    public void accept() {
        queue.decide("Принятие показания…", "Не удалось принять показание",
                (operator, row) -> readings.accept(operator, row.id(), row.version()),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " принято к расчёту",
                null);
    }

    /**
     * «Исправить…»: accepted with the clerk's value; {@code refused} gets why the input cannot be taken (a wrong
     * number, no reason, the service's rules), so the dialog can show it again with what was typed.
     */
    public void correct(ReadingCorrection correction, Consumer<String> refused) {
        BigDecimal value;
        try {
            value = ReadingValues.parse(correction.value());
        } catch (ValidationException wrong) {
            refused.accept(wrong.getMessage());
            return;
        }
        queue.decide("Исправление показания…", "Не удалось исправить показание",
                (operator, row) -> readings.correct(operator, row.id(), row.version(), value, correction.rollover(),
                        correction.reason()),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " исправлено на "
                        + ReadingQueueRow.number(reading.acceptedValue()) + " и принято к расчёту",
                refused);
    }

    /** «Отклонить…»: not taken for billing; the owner is told the reason by e-mail. */
    public void reject(String reason) {
        queue.decide("Отклонение показания…", "Не удалось отклонить показание",
                (operator, row) -> readings.reject(operator, row.id(), row.version(), reason),
                (row, reading) -> "Показание " + row.value() + " по счёту № " + row.account() + " не принято",
                null);
    }

    /** The reason «Отклонить…» offers: the seed's text for a value below the previous one, else none. */
    public String suggestedRejection() {
        ReadingQueueRow row = queue.selectedProperty().get();
        return row != null && row.belowPrevious() ? ReadingRules.LESS_THAN_PREVIOUS : "";
    }
}

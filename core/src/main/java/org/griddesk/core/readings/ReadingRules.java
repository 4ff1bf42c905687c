package org.griddesk.core.readings;

import java.math.BigDecimal;
import org.griddesk.core.common.ValidationException;

/**
 * Consumption is the current reading minus the previous billed one (§2.9). A reading below the previous one is
 * refused with the seed's text — unless the dial passed its maximum, which is said explicitly (a clerk ticks
 * «Переход через ноль»), never guessed: then consumption runs from the previous reading up to the dial's end and on.
 */
public final class ReadingRules {
    public static final String LESS_THAN_PREVIOUS = "Показание не принято! Введенные показания меньше ранее "
            + "переданных показаний. Проверьте корректность ввода";

    private ReadingRules() {
    }

    /** {@code previous} null: the meter's first reading, whose consumption is not known. */
    public static BigDecimal consumption(BigDecimal previous, BigDecimal current, int digits, boolean rollover) {
        BigDecimal dial = BigDecimal.TEN.pow(digits);
        if (current.signum() < 0) {
            throw new ValidationException("Показание не может быть отрицательным");
        }
        if (current.compareTo(dial) >= 0) {
            throw new ValidationException("Показание больше, чем помещается на счётчике (" + digits + " знаков до запятой)");
        }
        if (previous == null) {
            if (rollover) {
                throw new ValidationException("Переход через ноль не отметить: у прибора ещё нет принятых показаний");
            }
            return null;
        }
        if (rollover) {
            if (current.compareTo(previous) >= 0) {
                throw new ValidationException("Переход через ноль возможен, только если новое показание меньше прежнего ("
                        + previous.toPlainString() + ")");
            }
            return dial.subtract(previous).add(current);
        }
        if (current.compareTo(previous) < 0) {
            throw new ValidationException(LESS_THAN_PREVIOUS);
        }
        return current.subtract(previous);
    }
}

package org.griddesk.core.readings;

import java.math.BigDecimal;
import org.griddesk.core.common.ValidationException;

/** A reading as typed: digits with a comma or a point, spaces ignored (clerks copy «12 345,6» from letters). */
public final class ReadingValues {
    private ReadingValues() {
    }

    public static BigDecimal parse(String typed) {
        String text = typed == null ? "" : typed.replaceAll("\\s", "").replace(',', '.');
        if (text.isEmpty()) {
            throw new ValidationException("Введите показание");
        }
        if (!text.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            throw new ValidationException("Показание вводится числом, не больше двух знаков после запятой, например 12345,6");
        }
        return new BigDecimal(text);
    }
}

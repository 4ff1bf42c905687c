package org.griddesk.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.griddesk.app.ui.Counts;

/** A report cell as the screen shows it: Russian dates, grouped thousands, a decimal comma. */
final class ReportCellText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ReportCellText() {
    }

    static String of(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> DAY.format(date);
            case LocalDateTime time -> TIME.format(time);
            case BigDecimal decimal -> decimal.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
            case Double decimal -> of(BigDecimal.valueOf(decimal));
            case Number whole -> Counts.of(whole.longValue());
            default -> value.toString();
        };
    }
}

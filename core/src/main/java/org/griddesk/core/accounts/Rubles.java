package org.griddesk.core.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Sums as the customer sees them: «1 234,56», two decimals, a space between thousands. */
public final class Rubles {
    /** The least the portal lets a customer pay (§2.8). */
    public static final BigDecimal MINIMUM_PAYMENT = new BigDecimal("10.00");

    private Rubles() {
    }

    public static String format(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.of("ru", "RU"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}

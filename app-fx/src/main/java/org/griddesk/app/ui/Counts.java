package org.griddesk.app.ui;

import java.util.Locale;

/** Counts as Russian text writes them: «1 000 000». */
public final class Counts {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private Counts() {
    }

    public static String of(long value) {
        return String.format(RUSSIAN, "%,d", value);
    }
}

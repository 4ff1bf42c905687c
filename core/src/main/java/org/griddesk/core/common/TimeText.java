package org.griddesk.core.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Times in reports, with their zone named so that a reader elsewhere knows what they mean. */
public final class TimeText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private TimeText() {
    }

    /** E.g. «02.12.2026 14:05:00 (UTC+03:00, Москва)»; the zone's name is left out where Java knows none. */
    public static String withZone(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        String offset = local.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + local.getOffset().getId();
        String place = local.getZone().getDisplayName(TextStyle.FULL, RUSSIAN);
        return DATE_TIME.format(local) + " (" + (place.isBlank() || place.equals(local.getZone().getId())
                || place.startsWith("GMT") || place.startsWith("UTC") ? offset : offset + ", " + place) + ")";
    }
}

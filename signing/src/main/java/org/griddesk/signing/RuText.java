package org.griddesk.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Russian formatting of times and certificates for messages and reports. */
final class RuText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss '(UTC'xxx')'");

    private RuText() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Owner and serial number: enough for an operator to find the certificate in a list. */
    static String certificate(X509Certificate certificate) {
        return "«" + SignerIdentity.of(certificate).displayName() + "» (серийный номер "
                + certificate.getSerialNumber().toString(16) + ")";
    }
}

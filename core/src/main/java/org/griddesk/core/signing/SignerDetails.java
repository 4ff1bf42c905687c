package org.griddesk.core.signing;

import java.time.Instant;

/**
 * Who a qualified certificate names, as read from its subject (Russian qualified-certificate fields), and
 * the certificate's own particulars. Absent fields are null.
 */
public record SignerDetails(String name, String organisation, String personInn, String organisationInn, String ogrn,
                            String ogrnip, String snils, String certificateSerial, String issuer, Instant validFrom,
                            Instant validTo) {

    /** "Петров Алексей Николаевич, АО «Сетевая компания»". */
    public String display() {
        return organisation == null || organisation.isBlank() ? name : name + ", " + organisation;
    }
}

package org.griddesk.core.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case as the portal sends it: status "Ожидание ответа электросетевой", no registration number. An application
 * names what it asks for (a new connection when not said; a temporary one when the connection is temporary), its
 * requested capacity and voltage (null when not given) and whether the connection is temporary.
 */
public record NewCase(long applicantId, CaseKind kind, String title, Instant sentAt, BigDecimal capacityKw,
                      BigDecimal voltageKv, boolean temporary, ApplicationKind applicationKind) {

    public NewCase {
        if (kind != CaseKind.APPLICATION) {
            applicationKind = null;
        } else if (applicationKind == null) {
            applicationKind = temporary ? ApplicationKind.TEMPORARY : ApplicationKind.NEW_CONNECTION;
        }
        temporary = temporary || applicationKind == ApplicationKind.TEMPORARY;
    }

    public NewCase(long applicantId, CaseKind kind, String title, Instant sentAt, BigDecimal capacityKw,
                   BigDecimal voltageKv, boolean temporary) {
        this(applicantId, kind, title, sentAt, capacityKw, voltageKv, temporary, null);
    }

    public NewCase(long applicantId, CaseKind kind, String title, Instant sentAt) {
        this(applicantId, kind, title, sentAt, null, null, false);
    }
}

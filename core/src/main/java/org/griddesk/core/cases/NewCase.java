package org.griddesk.core.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case as the portal sends it: status "Ожидание ответа электросетевой", no registration number. An application
 * names its requested capacity and voltage (null when not given) and whether the connection is temporary.
 */
public record NewCase(long applicantId, CaseKind kind, String title, Instant sentAt, BigDecimal capacityKw,
                      BigDecimal voltageKv, boolean temporary) {
    public NewCase(long applicantId, CaseKind kind, String title, Instant sentAt) {
        this(applicantId, kind, title, sentAt, null, null, false);
    }
}

package org.griddesk.core.cases;

import java.time.Instant;

/** A case as the portal sends it: status "Ожидание ответа электросетевой", no registration number. */
public record NewCase(long applicantId, CaseKind kind, String title, Instant sentAt) {
}

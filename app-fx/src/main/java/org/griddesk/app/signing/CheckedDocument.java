package org.griddesk.app.signing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.common.TimeText;

/**
 * What a verification report is about and who made it when: the case, the document and its file with the file's
 * SHA-256, the operator and the moment of the check — so a printed report stands on its own.
 */
public record CheckedDocument(String caseLabel, String documentName, String fileName, String sha256, String operator,
                              Instant checkedAt, ZoneId zone) {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    String checkedAtText() {
        return TimeText.withZone(checkedAt, zone);
    }

    /** «Проверка подписи — № ТП-1563 — 2026-12-02.pdf»: the case and the day, and nothing a file system refuses. */
    String reportFileName() {
        String name = "Проверка подписи — " + caseLabel + " — " + FILE_DATE.format(checkedAt.atZone(zone)) + ".pdf";
        return name.replaceAll("[\\\\/:*?\"<>|]", "-");
    }
}

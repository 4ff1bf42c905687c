package org.griddesk.core.signing;

import java.time.Instant;
import java.util.List;

/**
 * A qualified signature checked against the document: {@code valid} only when integrity, certificate,
 * chain and revocation all say so ("не удалось проверить" is not valid). The report is in Russian.
 */
public record CheckedSignature(boolean valid, String verdict, SignerDetails signer, Instant signingTime,
                               List<String> report) {
    public CheckedSignature {
        report = List.copyOf(report);
    }
}

package org.griddesk.core.audit;

import java.time.Instant;

/**
 * One record of the chained audit trail: {@code hash} covers every field and the previous record's hash, so a
 * record changed or removed later breaks the chain from that point on.
 */
public record AuditRecord(long seq, Instant at, String actor, String action, String subject, String before,
                          String after, String previousHash, String hash) {
}

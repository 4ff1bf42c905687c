package org.griddesk.core.audit;

/** The newest record's number and hash, kept apart so that removing records from the end is noticed too. */
public record AuditHead(long seq, String hash) {
    public static final AuditHead EMPTY = new AuditHead(0, AuditHashes.GENESIS);
}

package org.griddesk.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over a record's fields and its predecessor's hash; each field is length-prefixed so none can blur into another. */
public final class AuditHashes {
    /** The "previous hash" of the very first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    public static AuditRecord seal(long seq, Instant at, String actor, String action, String subject, String before,
                                   String after, String previousHash) {
        // Microseconds: what both databases keep of a timestamp, so the hash can be recomputed from stored rows.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditRecord(seq, stored, actor, action, subject, before, after, previousHash,
                hash(seq, stored, actor, action, subject, before, after, previousHash));
    }

    public static String hashOf(AuditRecord record) {
        return hash(record.seq(), record.at(), record.actor(), record.action(), record.subject(), record.before(),
                record.after(), record.previousHash());
    }

    private static String hash(long seq, Instant at, String... fields) {
        StringBuilder canonical = new StringBuilder().append(seq).append('|').append(at.toString());
        for (String field : fields) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

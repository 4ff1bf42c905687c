package org.griddesk.core.audit;

import java.time.Instant;

/** An appended record not yet in the chain: stamped by the database server, sealed in {@code id} order. */
public record UnsealedRecord(long id, Instant at, String actor, String action, String subject, String before,
                             String after) {
}

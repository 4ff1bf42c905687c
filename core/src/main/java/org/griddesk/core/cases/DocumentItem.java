package org.griddesk.core.cases;

import java.time.Instant;

/** A file in a case; its bytes live in the document store under {@code contentId}. */
public record DocumentItem(long id, Side side, Instant createdAt, String author, String documentName,
                           String fileName, long size, String sha256, String comment, long contentId,
                           boolean requiresTwoSidedSignature) implements TimelineItem {
}

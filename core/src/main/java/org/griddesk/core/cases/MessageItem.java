package org.griddesk.core.cases;

import java.time.Instant;

/** A formatted message; {@code html} is already sanitised. */
public record MessageItem(long id, Side side, Instant createdAt, String author, String html) implements TimelineItem {
}

package org.griddesk.core.cases;

import java.time.Instant;

/** One entry of a case's timeline: a document, a message or a status note. */
public sealed interface TimelineItem permits DocumentItem, MessageItem, StatusNoteItem {
    long id();

    Side side();

    Instant createdAt();

    /** Who added it: the operator's name, or the applicant's. */
    String author();
}

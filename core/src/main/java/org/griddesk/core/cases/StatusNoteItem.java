package org.griddesk.core.cases;

import java.time.Instant;

/** A progress note for the applicant ("Ведется проектирование"), added with "Добавить статус". */
public record StatusNoteItem(long id, Side side, Instant createdAt, String author, String text) implements TimelineItem {
}

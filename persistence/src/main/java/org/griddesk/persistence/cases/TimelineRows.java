package org.griddesk.persistence.cases;

import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.StatusNoteItem;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.TimelineItemRecord;

/** The three kinds of timeline item share one table; {@code item_type} tells them apart. */
final class TimelineRows {
    private TimelineRows() {
    }

    static TimelineItemRecord toRecord(long caseId, TimelineItem item) {
        TimelineItemRecord row = new TimelineItemRecord();
        row.setAppealId(caseId);
        row.setSide(item.side().name());
        row.setCreatedAt(Timestamps.toColumn(item.createdAt()));
        row.setAuthor(item.author());
        switch (item) {
            case DocumentItem document -> {
                row.setItemType("DOCUMENT");
                row.setDocumentName(document.documentName());
                row.setFileName(document.fileName());
                row.setSize(document.size());
                row.setSha256(document.sha256());
                row.setComment(document.comment());
                row.setContentId(document.contentId());
                row.setRequiresTwoSidedSignature(document.requiresTwoSidedSignature());
            }
            case MessageItem message -> {
                row.setItemType("MESSAGE");
                row.setBody(message.html());
            }
            case StatusNoteItem note -> {
                row.setItemType("STATUS_NOTE");
                row.setBody(note.text());
            }
        }
        return row;
    }

    static TimelineItem toItem(TimelineItemRecord row) {
        Side side = Side.valueOf(row.getSide());
        return switch (row.getItemType()) {
            case "DOCUMENT" -> new DocumentItem(row.getId(), side, Timestamps.fromColumn(row.getCreatedAt()),
                    row.getAuthor(), row.getDocumentName(), row.getFileName(), row.getSize(), row.getSha256(),
                    row.getComment(), row.getContentId(), row.getRequiresTwoSidedSignature());
            case "MESSAGE" -> new MessageItem(row.getId(), side, Timestamps.fromColumn(row.getCreatedAt()),
                    row.getAuthor(), row.getBody());
            case "STATUS_NOTE" -> new StatusNoteItem(row.getId(), side, Timestamps.fromColumn(row.getCreatedAt()),
                    row.getAuthor(), row.getBody());
            default -> throw new IllegalStateException("Unknown timeline item type " + row.getItemType());
        };
    }
}

package org.griddesk.app.readings;

import org.griddesk.core.readings.PendingFault;

/** One waiting notice of a faulty meter as «Неисправности» shows it. */
public record FaultNoticeRow(long id, long version, String submittedAt, String account, String branch, String meter,
                             String owner, String description) {
    static FaultNoticeRow of(PendingFault pending) {
        var notice = pending.notice();
        var meter = pending.meter();
        return new FaultNoticeRow(notice.id(), notice.version(), ReadingQueueRow.TIME.format(notice.submittedAt()),
                meter.accountNumber(), meter.branchName(), meter.meter().serialNumber() + ", " + meter.meter().model(),
                meter.ownerName(), notice.description());
    }
}

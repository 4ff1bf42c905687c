package org.griddesk.app.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.accounts.LinkRequest;

/** A portal user's waiting request to link an account, as «Привязка счетов» shows it; decided on id and version. */
public record LinkRequestRow(long id, long version, String submittedAt, String user, String branch, String account,
                             String owner, String eReceipt) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    static LinkRequestRow of(LinkRequest request) {
        return new LinkRequestRow(request.id(), request.version(), TIME.format(request.submittedAt()),
                request.applicantName(), request.branch().name(), request.accountNumber(), request.ownerName(),
                request.eReceipt() ? "да" : "нет");
    }
}

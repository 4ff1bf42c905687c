package org.griddesk.core.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.griddesk.core.cases.ApplicationKind;
import org.griddesk.core.cases.CaseKind;

/**
 * What an applicant sent from the portal: a new case ({@code replyTo} null: its kind, title and, for an application,
 * what it asks for, the requested capacity, voltage and whether the connection is temporary) or a reply to one of
 * their cases; either with a message and files.
 */
public record PortalSubmission(long id, long applicantId, Long replyTo, CaseKind kind, String title,
                               ApplicationKind applicationKind, BigDecimal capacityKw, BigDecimal voltageKv,
                               boolean temporary, String messageHtml, Instant sentAt, List<PortalFile> files) {

    public PortalSubmission {
        files = List.copyOf(files);
    }
}

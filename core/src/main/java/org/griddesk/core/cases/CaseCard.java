package org.griddesk.core.cases;

import java.time.Instant;
import java.util.List;
import org.griddesk.core.applicants.Applicant;

/**
 * Everything the case card shows. {@code version} is what a save must present to win; the timeline
 * and the history are newest first.
 */
public record CaseCard(long id, long version, CaseKind kind, String title, Applicant applicant, String status,
                       String registrationNumber, Instant createdAt, Instant updatedAt,
                       List<TimelineItem> timeline, List<CaseChange> history) {

    public CaseCard {
        timeline = List.copyOf(timeline);
        history = List.copyOf(history);
    }
}

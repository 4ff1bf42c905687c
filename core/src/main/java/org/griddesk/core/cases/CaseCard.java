package org.griddesk.core.cases;

import java.time.Instant;
import java.util.List;
import org.griddesk.core.applicants.Applicant;

/**
 * Everything the case card shows. {@code version} is what a save must present to win; the timeline
 * and the history are newest first; {@code applicationKind} is null for a message.
 */
public record CaseCard(long id, long version, CaseKind kind, String title, Applicant applicant, String status,
                       String registrationNumber, Instant createdAt, Instant updatedAt,
                       List<TimelineItem> timeline, List<CaseChange> history, ApplicationKind applicationKind) {

    public CaseCard {
        timeline = List.copyOf(timeline);
        history = List.copyOf(history);
    }

    public CaseCard(long id, long version, CaseKind kind, String title, Applicant applicant, String status,
                    String registrationNumber, Instant createdAt, Instant updatedAt, List<TimelineItem> timeline,
                    List<CaseChange> history) {
        this(id, version, kind, title, applicant, status, registrationNumber, createdAt, updatedAt, timeline, history,
                kind == CaseKind.APPLICATION ? ApplicationKind.NEW_CONNECTION : null);
    }

    /** «Вид» as the card shows it: the kind, and for an application what it asks for. */
    public String kindText() {
        return applicationKind == null ? kind.title() : kind.title() + " — " + applicationKind.title();
    }
}

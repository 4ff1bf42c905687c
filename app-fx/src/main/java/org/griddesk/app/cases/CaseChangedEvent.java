package org.griddesk.app.cases;

/** A case was changed on this workstation: queues and open cards refresh. */
public record CaseChangedEvent(long caseId) {
}

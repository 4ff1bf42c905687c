package org.griddesk.core.cases;

/** What a change checks and records of a case before it changes it: far less than the whole card. */
public record CaseState(long id, long version, String status, String registrationNumber, Long assigneeId) {
}

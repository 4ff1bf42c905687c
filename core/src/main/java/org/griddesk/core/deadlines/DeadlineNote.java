package org.griddesk.core.deadlines;

/** A line for the case history: what happened to a deadline, the due date before and after, and why. */
public record DeadlineNote(String what, String before, String after) {
}

package org.griddesk.core.cases;

/** An operator as «Исполнитель»: {@code assignable} when enabled and allowed to work cases. */
public record Assignee(long id, String fullName, boolean assignable) {
}

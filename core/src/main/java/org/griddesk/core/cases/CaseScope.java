package org.griddesk.core.cases;

import java.time.LocalDate;

/**
 * Who works the cases and when they fall due: {@code assigneeId} keeps one operator's cases, {@code unassigned} those
 * with no «Исполнитель»; {@code dueFrom}/{@code dueTo} (either null = open) keep running deadlines in that range;
 * {@code signing} (null = any) keeps cases by where their signatures and contract stand.
 */
public record CaseScope(Long assigneeId, boolean unassigned, LocalDate dueFrom, LocalDate dueTo, SigningFilter signing) {
    public static final CaseScope ANY = new CaseScope(null, false, null, null);

    public CaseScope(Long assigneeId, boolean unassigned, LocalDate dueFrom, LocalDate dueTo) {
        this(assigneeId, unassigned, dueFrom, dueTo, null);
    }

    public CaseScope {
        if (assigneeId != null && unassigned) {
            throw new IllegalArgumentException("A scope is either one operator's cases or the unassigned ones");
        }
    }

    public boolean any() {
        return assigneeId == null && !unassigned && dueFrom == null && dueTo == null && signing == null;
    }

    public boolean byDue() {
        return dueFrom != null || dueTo != null;
    }
}

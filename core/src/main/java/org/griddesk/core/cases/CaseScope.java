package org.griddesk.core.cases;

import java.time.LocalDate;

/**
 * Who works the cases and when they fall due: {@code assigneeId} keeps one operator's cases, {@code unassigned} those
 * with no «Исполнитель»; {@code dueFrom}/{@code dueTo} (either null = open) keep running deadlines in that range;
 * {@code signing} (null = any) keeps cases by where their signatures and contract stand; {@code working} leaves out
 * the cases closed as «Исполнен» unless the query names statuses or searches (closed cases are still found).
 */
public record CaseScope(Long assigneeId, boolean unassigned, LocalDate dueFrom, LocalDate dueTo, SigningFilter signing,
                        boolean working) {
    public static final CaseScope ANY = new CaseScope(null, false, null, null);

    public CaseScope(Long assigneeId, boolean unassigned, LocalDate dueFrom, LocalDate dueTo) {
        this(assigneeId, unassigned, dueFrom, dueTo, null, false);
    }

    public CaseScope {
        if (assigneeId != null && unassigned) {
            throw new IllegalArgumentException("A scope is either one operator's cases or the unassigned ones");
        }
    }

    /** Whether nothing narrows the cases but, perhaps, leaving the closed ones out (the kept counters serve that). */
    public boolean any() {
        return assigneeId == null && !unassigned && dueFrom == null && dueTo == null && signing == null;
    }

    public boolean byDue() {
        return dueFrom != null || dueTo != null;
    }
}

package org.griddesk.core.settings;

import java.util.List;
import java.util.Set;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;

/** One operator per role, and an administrator whose account is disabled. */
final class Operators {
    static final Operator ADMIN = new Operator(1, "admin", "Орлова Марина Сергеевна", Set.of(Role.ADMIN), false, true, false);
    static final Operator CLERK = new Operator(2, "clerk", "Иванова Анна Петровна", Set.of(Role.CLERK), false, true, false);
    static final Operator SUPERVISOR = new Operator(3, "boss", "Петров Алексей", Set.of(Role.SUPERVISOR), true, true, false);
    static final Operator DISABLED_ADMIN = new Operator(4, "old", "Сидоров", Set.of(Role.ADMIN), false, false, false);

    /** Everyone who must not change settings. */
    static final List<Operator> NOT_ALLOWED = List.of(CLERK, SUPERVISOR, DISABLED_ADMIN);

    private Operators() {
    }
}

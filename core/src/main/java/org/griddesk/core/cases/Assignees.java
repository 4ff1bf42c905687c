package org.griddesk.core.cases;

import java.util.List;
import java.util.Optional;

/** Port: who can be «Исполнитель» (enabled operators who may change cases), and any operator's name by id. */
public interface Assignees {
    List<Assignee> assignable();

    Optional<Assignee> byId(long operatorId);
}

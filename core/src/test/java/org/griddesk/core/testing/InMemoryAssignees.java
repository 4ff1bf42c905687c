package org.griddesk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.cases.Assignee;
import org.griddesk.core.cases.Assignees;

public class InMemoryAssignees implements Assignees {
    private final List<Assignee> operators = new ArrayList<>();

    public InMemoryAssignees with(Assignee assignee) {
        operators.add(assignee);
        return this;
    }

    @Override
    public List<Assignee> assignable() {
        return operators.stream().filter(Assignee::assignable).toList();
    }

    @Override
    public Optional<Assignee> byId(long operatorId) {
        return operators.stream().filter(operator -> operator.id() == operatorId).findFirst();
    }
}

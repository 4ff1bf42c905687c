package org.griddesk.core.deadlines;

import java.util.List;

/** Port: the rule table. */
public interface DeadlineRuleTable {
    List<DeadlineRule> all();

    /**
     * Saves term, unit, source and the «уточнить» mark of the rule if it still has {@code rule.version()}; false
     * when another administrator saved first.
     */
    boolean update(DeadlineRule rule);
}

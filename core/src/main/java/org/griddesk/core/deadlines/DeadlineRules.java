package org.griddesk.core.deadlines;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The administrator's rule table, read once per planning: picks the rule a stage of a request goes by. */
public final class DeadlineRules {
    private final List<DeadlineRule> rules;

    public DeadlineRules(List<DeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The narrowest rule for the stage that applies; of equally narrow ones, the first entered. */
    public Optional<DeadlineRule> ruleFor(CaseCategory category, DeadlineStage stage) {
        return rules.stream()
                .filter(rule -> rule.stage() == stage && rule.appliesTo(category))
                .min(Comparator.comparingInt(DeadlineRule::narrowness).reversed().thenComparingLong(DeadlineRule::id));
    }

    public List<DeadlineRule> all() {
        return rules;
    }
}

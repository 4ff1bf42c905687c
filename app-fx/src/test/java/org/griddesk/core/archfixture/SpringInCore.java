package org.griddesk.core.archfixture;

/** A deliberate violation for {@code ArchitectureRulesCatchViolationsTest}: core reaching for Spring. */
public class SpringInCore {
    public Object environment() {
        return new org.springframework.core.env.StandardEnvironment();
    }
}

package org.griddesk.persistence.demo;

import java.util.Set;
import org.griddesk.core.access.Role;

/** A demo operator: the login screen offers these in demo mode only. */
public record DemoAccountSpec(String login, String password, String fullName, Set<Role> roles,
                              boolean canSignForOrganisation) {
    /** How the login screen names the account, e.g. "Специалист, право подписи". */
    public String role() {
        String titles = roles.stream().sorted().map(Role::title).reduce((a, b) -> a + ", " + b).orElse("");
        return canSignForOrganisation ? titles + ", право подписи" : titles;
    }
}

package org.griddesk.core.operators;

import org.griddesk.core.access.Role;
import java.util.Set;

public record NewOperator(String login, String fullName, Set<Role> roles, boolean canSignForOrganisation,
                          boolean mustChangePassword) {
}

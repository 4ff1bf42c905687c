package org.griddesk.core.access;

import java.util.Set;
import java.util.stream.Collectors;
import org.griddesk.core.common.AccessDeniedException;

/** A staff member working in GridDesk. The right to sign for the organisation is separate from roles. */
public record Operator(long id, String login, String fullName, Set<Role> roles, boolean canSignForOrganisation,
                       boolean enabled, boolean mustChangePassword) {

    public Operator {
        roles = Set.copyOf(roles);
    }

    public boolean may(Permission permission) {
        if (permission == Permission.SIGN_FOR_ORGANISATION) {
            return canSignForOrganisation;
        }
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    public void require(Permission permission) {
        if (!enabled || !may(permission)) {
            throw new AccessDeniedException("Недостаточно прав: " + permission.title() + ". Обратитесь к администратору.");
        }
    }

    public String rolesTitle() {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }
}

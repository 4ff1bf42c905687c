package org.griddesk.app.admin;

import java.util.Set;
import org.griddesk.core.access.Role;

/** What the operator dialog collected; {@code login} is ignored when editing. */
public record OperatorForm(String login, String fullName, Set<Role> roles, boolean canSign, boolean enabled) {
}

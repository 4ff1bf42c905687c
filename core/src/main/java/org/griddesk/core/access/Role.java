package org.griddesk.core.access;

import java.util.EnumSet;
import java.util.Set;

/** What an operator is employed to do; each role grants a fixed set of permissions. */
public enum Role {
    CLERK("Специалист", EnumSet.of(Permission.VIEW_CASES, Permission.EDIT_CASES)),
    SUPERVISOR("Руководитель", EnumSet.of(Permission.VIEW_CASES, Permission.EXPORT_REPORTS,
            Permission.ASSIGN_CASES)),
    ADMIN("Администратор", EnumSet.of(Permission.VIEW_CASES, Permission.EDIT_CASES, Permission.MANAGE_OPERATORS,
            Permission.EXPORT_REPORTS, Permission.ASSIGN_CASES));

    private final String title;
    private final Set<Permission> permissions;

    Role(String title, Set<Permission> permissions) {
        this.title = title;
        this.permissions = permissions;
    }

    public String title() {
        return title;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}

package org.griddesk.core.operators;

import org.griddesk.core.access.Permission;
import org.griddesk.core.access.Role;
import org.griddesk.core.access.Operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.griddesk.core.common.AccessDeniedException;
import org.junit.jupiter.api.Test;

class OperatorTest {
    @Test
    void rolesGrantTheirPermissionsOnly() {
        Operator clerk = new Operator(1, "c", "Клерк", Set.of(Role.CLERK), false, true, false);
        Operator supervisor = new Operator(2, "s", "Руководитель", Set.of(Role.SUPERVISOR), false, true, false);

        assertThat(clerk.may(Permission.EDIT_CASES)).isTrue();
        assertThat(clerk.may(Permission.MANAGE_OPERATORS)).isFalse();
        assertThat(supervisor.may(Permission.EDIT_CASES)).isFalse();
        assertThat(supervisor.may(Permission.EXPORT_REPORTS)).isTrue();
    }

    @Test
    void theRightToSignIsSeparateFromRoles() {
        Operator admin = new Operator(1, "a", "Админ", Set.of(Role.ADMIN), false, true, false);
        Operator signer = new Operator(2, "s", "Подписант", Set.of(Role.CLERK), true, true, false);

        assertThat(admin.may(Permission.SIGN_FOR_ORGANISATION)).isFalse();
        assertThat(signer.may(Permission.SIGN_FOR_ORGANISATION)).isTrue();
    }

    @Test
    void aDisabledOperatorMayDoNothing() {
        Operator disabled = new Operator(1, "c", "Клерк", Set.of(Role.ADMIN), true, false, false);
        assertThatThrownBy(() -> disabled.require(Permission.VIEW_CASES)).isInstanceOf(AccessDeniedException.class);
    }
}

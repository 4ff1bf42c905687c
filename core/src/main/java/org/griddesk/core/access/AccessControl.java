package org.griddesk.core.access;

import org.griddesk.core.common.AccessDeniedException;

/**
 * Rights take effect at once: every protected call reads the operator again from the shared database, so an
 * administrator disabling an account or taking away the signing right on another workstation stops the very next
 * action — not only the next login.
 */
public final class AccessControl {
    private final OperatorDirectory directory;

    public AccessControl(OperatorDirectory directory) {
        this.directory = directory;
    }

    /** For rules tested without a database: the operator as the caller holds it. */
    public static AccessControl asGiven() {
        return new AccessControl(java.util.Optional::of);
    }

    /** The operator as they are now, if they may do this; otherwise a Russian refusal. */
    public Operator require(Operator actor, Permission permission) {
        Operator current = directory.current(actor).orElseThrow(() -> new AccessDeniedException(
                "Учётная запись «" + actor.login() + "» удалена. Обратитесь к администратору."));
        current.require(permission);
        return current;
    }
}

package org.griddesk.core.access;

import java.util.Optional;

/** Port: an operator as the shared database knows them now — roles, signing right, enabled — or empty if removed. */
public interface OperatorDirectory {
    Optional<Operator> current(Operator actor);
}

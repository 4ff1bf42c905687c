package org.griddesk.core.preferences;

import java.util.Optional;

/** Where each operator's own screen settings are kept (the shared database: they follow the operator). */
public interface OperatorPreferences {
    Optional<String> find(long operatorId, String name);

    /** Inserts or replaces. */
    void save(long operatorId, String name, String value);
}

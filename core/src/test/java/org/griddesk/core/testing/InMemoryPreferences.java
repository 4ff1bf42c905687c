package org.griddesk.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.griddesk.core.preferences.OperatorPreferences;

/** The preferences port in memory: a test's own, so one test's saved layout never reaches another. */
public final class InMemoryPreferences implements OperatorPreferences {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(long operatorId, String name) {
        return Optional.ofNullable(values.get(operatorId + "/" + name));
    }

    @Override
    public void save(long operatorId, String name, String value) {
        values.put(operatorId + "/" + name, value);
    }
}

package org.griddesk.core.preferences;

import org.griddesk.core.access.Operator;

/**
 * An operator's table layouts, by table name («queue», «registrations»). Only one's own: the operator comes from the
 * session. Layouts are not audited: they change nothing but the look of one's own screen.
 */
public final class PreferenceService {
    private static final String PREFIX = "table.";

    private final OperatorPreferences preferences;

    public PreferenceService(OperatorPreferences preferences) {
        this.preferences = preferences;
    }

    /** The saved layout, or the defaults when none is saved or the saved one no longer reads. */
    public TableLayout tableLayout(Operator operator, String table) {
        return preferences.find(operator.id(), PREFIX + table).flatMap(TableLayout::decode)
                .orElseGet(TableLayout::defaults);
    }

    public void saveTableLayout(Operator operator, String table, TableLayout layout) {
        preferences.save(operator.id(), PREFIX + table, layout.encode());
    }
}

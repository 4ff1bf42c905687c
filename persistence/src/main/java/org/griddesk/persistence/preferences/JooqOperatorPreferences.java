package org.griddesk.persistence.preferences;

import static org.griddesk.persistence.schema.Tables.OPERATOR_PREFERENCE;

import java.util.Optional;
import org.griddesk.core.preferences.OperatorPreferences;
import org.jooq.DSLContext;

/** The operator_preference table: one row per operator and setting, replaced in one statement. */
public final class JooqOperatorPreferences implements OperatorPreferences {
    private final DSLContext dsl;

    public JooqOperatorPreferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> find(long operatorId, String name) {
        return dsl.select(OPERATOR_PREFERENCE.SETTING).from(OPERATOR_PREFERENCE)
                .where(OPERATOR_PREFERENCE.OPERATOR_ID.eq(operatorId), OPERATOR_PREFERENCE.NAME.eq(name))
                .fetchOptional(OPERATOR_PREFERENCE.SETTING);
    }

    @Override
    public void save(long operatorId, String name, String value) {
        dsl.insertInto(OPERATOR_PREFERENCE)
                .set(OPERATOR_PREFERENCE.OPERATOR_ID, operatorId)
                .set(OPERATOR_PREFERENCE.NAME, name)
                .set(OPERATOR_PREFERENCE.SETTING, value)
                .onDuplicateKeyUpdate()
                .set(OPERATOR_PREFERENCE.SETTING, value)
                .execute();
    }
}

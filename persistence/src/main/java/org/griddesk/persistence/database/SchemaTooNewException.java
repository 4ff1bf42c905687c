package org.griddesk.persistence.database;

import org.griddesk.core.common.DomainException;

/** A newer GridDesk migrated the database further than this build knows: working on it could spoil its data. */
public final class SchemaTooNewException extends DomainException {
    public SchemaTooNewException(String databaseVersion, String newestKnownVersion) {
        super("База данных обновлена более новой версией GridDesk (схема " + databaseVersion
                + ", эта программа знает до " + newestKnownVersion + "). Установите новую версию программы.");
    }
}

package org.griddesk.app.connection;

import java.io.IOException;
import org.griddesk.core.connection.ConnectionTarget;

/** Where the first start keeps the answer, so the next start connects without asking. */
public interface ConnectionChoiceStore {
    void saveEmbedded() throws IOException;

    void saveShared(ConnectionTarget target) throws IOException;
}

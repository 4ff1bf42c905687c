package org.griddesk.core.cases;

import java.util.List;

/** Port: the organisation's dictionary of case statuses, in display order. */
public interface StatusDictionary {
    List<String> activeStatuses();
}

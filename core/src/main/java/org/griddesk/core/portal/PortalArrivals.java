package org.griddesk.core.portal;

import java.time.Instant;
import java.util.List;

/** Port: what was taken in from the portal lately, for the clerks' notifications. */
public interface PortalArrivals {
    /** Submissions taken in at or after {@code since}, oldest first, at most {@code limit}. */
    List<PortalArrival> takenInSince(Instant since, int limit);
}

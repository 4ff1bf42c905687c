package org.griddesk.persistence.portal;

import java.time.Instant;
import java.util.List;
import org.griddesk.core.portal.PortalArrival;
import org.griddesk.core.portal.PortalArrivals;
import org.jooq.DSLContext;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;

/** Accepted submissions by the time they were taken in (the inbox's pending index serves it). */
public final class JooqPortalArrivals implements PortalArrivals {
    private final DSLContext dsl;

    public JooqPortalArrivals(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PortalArrival> takenInSince(Instant since, int limit) {
        return dsl.select(PORTAL_SUBMISSION.ID, PORTAL_SUBMISSION.CASE_ID, PORTAL_SUBMISSION.APPEAL_ID, APPEAL.TITLE,
                        APPEAL.REGISTRATION_NUMBER, PORTAL_SUBMISSION.PROCESSED_AT)
                .from(PORTAL_SUBMISSION).join(APPEAL).on(APPEAL.ID.eq(PORTAL_SUBMISSION.CASE_ID))
                .where(PORTAL_SUBMISSION.PROCESSED_AT.ge(toColumn(since)))
                .and(PORTAL_SUBMISSION.OUTCOME.eq("ACCEPTED"))
                .orderBy(PORTAL_SUBMISSION.PROCESSED_AT, PORTAL_SUBMISSION.ID)
                .limit(limit)
                .fetch(row -> new PortalArrival(row.value1(), row.value2(), row.value3() != null, row.value4(),
                        row.value5(), fromColumn(row.value6())));
    }
}

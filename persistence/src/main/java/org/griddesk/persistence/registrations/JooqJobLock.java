package org.griddesk.persistence.registrations;

import static org.griddesk.persistence.schema.Tables.JOB_LOCK;

import java.time.Duration;
import java.time.Instant;
import org.griddesk.core.jobs.JobLock;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.griddesk.persistence.database.Violations;

/**
 * A lease in the job_lock table that works the same on H2 and PostgreSQL: a conditional UPDATE takes an expired
 * or own lease (the database's row lock makes a second, racing UPDATE see the first one's lease and match
 * nothing), and the very first use inserts the row, where the primary key lets only one insert through.
 */
public final class JooqJobLock implements JobLock {
    private final DSLContext dsl;

    public JooqJobLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean tryAcquire(String job, String holder, Duration lease, Instant now) {
        int taken = dsl.update(JOB_LOCK)
                .set(JOB_LOCK.HOLDER, holder)
                .set(JOB_LOCK.LEASE_UNTIL, Timestamps.toColumn(now.plus(lease)))
                .where(JOB_LOCK.JOB.eq(job)
                        .and(JOB_LOCK.LEASE_UNTIL.lt(Timestamps.toColumn(now)).or(JOB_LOCK.HOLDER.eq(holder))))
                .execute();
        if (taken == 1) {
            return true;
        }
        try {
            return dsl.insertInto(JOB_LOCK)
                    .set(JOB_LOCK.JOB, job)
                    .set(JOB_LOCK.HOLDER, holder)
                    .set(JOB_LOCK.LEASE_UNTIL, Timestamps.toColumn(now.plus(lease)))
                    .onConflictDoNothing()
                    .execute() == 1;
        } catch (DataAccessException e) {
            // H2 emulates ON CONFLICT with MERGE, which can still meet the other workstation's fresh row.
            if (Violations.unique(e, "job_lock")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(String job, String holder) {
        dsl.deleteFrom(JOB_LOCK).where(JOB_LOCK.JOB.eq(job).and(JOB_LOCK.HOLDER.eq(holder))).execute();
    }
}

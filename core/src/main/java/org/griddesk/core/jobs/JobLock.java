package org.griddesk.core.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: a lease that lets one workstation of many run a job. A holder that crashed loses the lease when it runs
 * out, so a forgotten lock never stops the job for good. Callers use it outside their own transactions.
 */
public interface JobLock {
    /**
     * Takes or renews the lease on {@code job} until {@code now + lease}; true when {@code holder} has it now,
     * false when another holder's lease has not run out. Of two workstations racing, exactly one wins.
     */
    boolean tryAcquire(String job, String holder, Duration lease, Instant now);

    /** Gives the lease up early; does nothing when {@code holder} does not hold it. */
    void release(String job, String holder);
}

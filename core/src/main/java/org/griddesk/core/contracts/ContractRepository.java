package org.griddesk.core.contracts;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the contracts of applications, one per case. */
public interface ContractRepository {
    Optional<Contract> find(long caseId);

    /** False when the case has a contract already (two signatures arriving at once conclude it once). */
    boolean create(Contract contract);

    /** Moves the version on; false when the contract is no longer the version seen. */
    boolean changeStage(long caseId, long expectedVersion, String stage);

    /** Moves the version on; false when the contract is no longer the version seen. */
    boolean complete(long caseId, long expectedVersion, LocalDate completedOn);
}

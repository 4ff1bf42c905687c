package org.griddesk.core.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.griddesk.core.contracts.Contract;
import org.griddesk.core.contracts.ContractRepository;

/** The contract port in a map, with the same version checks the SQL implementation has. */
public class InMemoryContracts implements ContractRepository {
    private final Map<Long, Contract> contracts = new LinkedHashMap<>();

    @Override
    public Optional<Contract> find(long caseId) {
        return Optional.ofNullable(contracts.get(caseId));
    }

    @Override
    public boolean create(Contract contract) {
        return contracts.putIfAbsent(contract.caseId(), contract) == null;
    }

    @Override
    public boolean changeStage(long caseId, long expectedVersion, String stage) {
        Contract c = contracts.get(caseId);
        if (c == null || c.version() != expectedVersion) {
            return false;
        }
        contracts.put(caseId, new Contract(caseId, c.version() + 1, c.number(), c.concludedOn(), c.offerDocumentId(),
                stage, c.completedOn()));
        return true;
    }

    @Override
    public boolean complete(long caseId, long expectedVersion, LocalDate completedOn) {
        Contract c = contracts.get(caseId);
        if (c == null || c.version() != expectedVersion) {
            return false;
        }
        contracts.put(caseId, new Contract(caseId, c.version() + 1, c.number(), c.concludedOn(), c.offerDocumentId(),
                c.stage(), completedOn));
        return true;
    }
}

package org.griddesk.core.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract as the card shows it: with its planned completion (null until the execution stage is planned) and the
 * closing acts still to be signed by both sides before the case can be closed as «Исполнен».
 */
public record ContractState(Contract contract, LocalDate plannedCompletion, List<String> actsToSign) {

    public ContractState {
        actsToSign = List.copyOf(actsToSign);
    }

    public boolean closable() {
        return !contract.completed() && actsToSign.isEmpty();
    }
}

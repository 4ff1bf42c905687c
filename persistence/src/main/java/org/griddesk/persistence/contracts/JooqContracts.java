package org.griddesk.persistence.contracts;

import java.time.LocalDate;
import java.util.Optional;
import org.griddesk.core.contracts.Contract;
import org.griddesk.core.contracts.ContractRepository;
import org.jooq.DSLContext;

import static org.griddesk.persistence.schema.Tables.TP_CONTRACT;

/** The tp_contract table (V19). */
public final class JooqContracts implements ContractRepository {
    private final DSLContext dsl;

    public JooqContracts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Contract> find(long caseId) {
        return dsl.selectFrom(TP_CONTRACT).where(TP_CONTRACT.APPEAL_ID.eq(caseId)).fetchOptional(row -> new Contract(
                row.getAppealId(), row.getVersion(), row.getNumber(), row.getConcludedOn(), row.getOfferDocumentId(),
                row.getStage(), row.getCompletedOn()));
    }

    @Override
    public boolean create(Contract contract) {
        return dsl.insertInto(TP_CONTRACT)
                .set(TP_CONTRACT.APPEAL_ID, contract.caseId())
                .set(TP_CONTRACT.NUMBER, contract.number())
                .set(TP_CONTRACT.CONCLUDED_ON, contract.concludedOn())
                .set(TP_CONTRACT.OFFER_DOCUMENT_ID, contract.offerDocumentId())
                .set(TP_CONTRACT.STAGE, contract.stage())
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    @Override
    public boolean changeStage(long caseId, long expectedVersion, String stage) {
        return dsl.update(TP_CONTRACT).set(TP_CONTRACT.STAGE, stage).set(TP_CONTRACT.VERSION, TP_CONTRACT.VERSION.plus(1))
                .where(TP_CONTRACT.APPEAL_ID.eq(caseId).and(TP_CONTRACT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    @Override
    public boolean complete(long caseId, long expectedVersion, LocalDate completedOn) {
        return dsl.update(TP_CONTRACT).set(TP_CONTRACT.COMPLETED_ON, completedOn)
                .set(TP_CONTRACT.VERSION, TP_CONTRACT.VERSION.plus(1))
                .where(TP_CONTRACT.APPEAL_ID.eq(caseId).and(TP_CONTRACT.VERSION.eq(expectedVersion))).execute() == 1;
    }
}

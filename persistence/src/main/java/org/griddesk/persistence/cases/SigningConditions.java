package org.griddesk.persistence.cases;

import org.griddesk.core.cases.SigningFilter;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;
import static org.griddesk.persistence.schema.Tables.TP_CONTRACT;

/**
 * The queue's «Подписание» filter as conditions on the case: its two-sided documents by their accepted signatures
 * (document_signature's unique key on the accepted side serves the look-ups), its contract by tp_contract.
 */
final class SigningConditions {
    private SigningConditions() {
    }

    static Condition of(SigningFilter filter) {
        return switch (filter) {
            case AWAITING_ORGANISATION -> twoSidedDocument(signed("ORGANISATION").not());
            case AWAITING_APPLICANT -> twoSidedDocument(signed("ORGANISATION").and(signed("APPLICANT").not()));
            case SIGNED_BY_BOTH -> twoSidedDocument(signed("ORGANISATION").and(signed("APPLICANT")))
                    .and(twoSidedDocument(signed("APPLICANT").not()).not());
            case CONTRACT_IN_EXECUTION -> contract(TP_CONTRACT.COMPLETED_ON.isNull());
            case CONTRACT_COMPLETED -> contract(TP_CONTRACT.COMPLETED_ON.isNotNull());
        };
    }

    private static Condition twoSidedDocument(Condition signing) {
        return DSL.exists(DSL.selectOne().from(TIMELINE_ITEM).where(TIMELINE_ITEM.APPEAL_ID.eq(APPEAL.ID))
                .and(TIMELINE_ITEM.REQUIRES_TWO_SIDED_SIGNATURE.isTrue()).and(signing));
    }

    private static Condition signed(String side) {
        return DSL.exists(DSL.selectOne().from(DOCUMENT_SIGNATURE).where(DOCUMENT_SIGNATURE.DOCUMENT_ID.eq(TIMELINE_ITEM.ID))
                .and(DOCUMENT_SIGNATURE.ACCEPTED_SIDE.eq(side)));
    }

    private static Condition contract(Condition state) {
        return DSL.exists(DSL.selectOne().from(TP_CONTRACT).where(TP_CONTRACT.APPEAL_ID.eq(APPEAL.ID)).and(state));
    }
}

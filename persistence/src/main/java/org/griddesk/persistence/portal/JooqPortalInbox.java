package org.griddesk.persistence.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.core.portal.PendingCounterSignature;
import org.griddesk.core.portal.PortalInbox;
import org.griddesk.core.signing.SignatureKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.PORTAL_COUNTER_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * The portal's inbox tables. A claim is a conditional update of the lease the row was read with, each its own
 * statement committed at once (like the outbox's), so two workstations never both take a row in.
 */
public final class JooqPortalInbox implements PortalInbox {
    private final DSLContext dsl;

    public JooqPortalInbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PendingCounterSignature> claimCounterSignatures(Instant now, Duration lease, int limit) {
        Condition free = PORTAL_COUNTER_SIGNATURE.PROCESSED_AT.isNull()
                .and(PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL.isNull().or(PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL.lt(toColumn(now))));
        List<Record> candidates = dsl.select(PORTAL_COUNTER_SIGNATURE.asterisk(), TIMELINE_ITEM.APPEAL_ID)
                .from(PORTAL_COUNTER_SIGNATURE)
                .join(TIMELINE_ITEM).on(TIMELINE_ITEM.ID.eq(PORTAL_COUNTER_SIGNATURE.DOCUMENT_ID))
                .where(free)
                .orderBy(PORTAL_COUNTER_SIGNATURE.PROCESSED_AT, PORTAL_COUNTER_SIGNATURE.ID)
                .limit(limit)
                .fetch();
        OffsetDateTime claimedUntil = toColumn(now.plus(lease));
        List<PendingCounterSignature> claimed = new ArrayList<>();
        for (Record row : candidates) {
            OffsetDateTime seenLease = row.get(PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL);
            int updated = dsl.update(PORTAL_COUNTER_SIGNATURE)
                    .set(PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL, claimedUntil)
                    .where(PORTAL_COUNTER_SIGNATURE.ID.eq(row.get(PORTAL_COUNTER_SIGNATURE.ID)))
                    .and(PORTAL_COUNTER_SIGNATURE.PROCESSED_AT.isNull())
                    .and(seenLease == null ? PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL.isNull()
                            : PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL.eq(seenLease))
                    .execute();
            if (updated == 1) {
                claimed.add(toPending(row));
            }
        }
        return claimed;
    }

    private static PendingCounterSignature toPending(Record row) {
        return new PendingCounterSignature(row.get(PORTAL_COUNTER_SIGNATURE.ID), row.get(TIMELINE_ITEM.APPEAL_ID),
                row.get(PORTAL_COUNTER_SIGNATURE.DOCUMENT_ID),
                SignatureKind.valueOf(row.get(PORTAL_COUNTER_SIGNATURE.KIND)),
                fromColumn(row.get(PORTAL_COUNTER_SIGNATURE.SENT_AT)), row.get(PORTAL_COUNTER_SIGNATURE.PHONE),
                row.get(PORTAL_COUNTER_SIGNATURE.CODE_HASH), row.get(PORTAL_COUNTER_SIGNATURE.CMS));
    }

    @Override
    public void counterSignatureTaken(long id, Instant at, long signatureId, boolean accepted, String reason) {
        finish(id, at, accepted ? "ACCEPTED" : "REJECTED", reason, signatureId);
    }

    @Override
    public void counterSignatureRefused(long id, Instant at, String reason) {
        finish(id, at, "REFUSED", reason, null);
    }

    private void finish(long id, Instant at, String outcome, String text, Long signatureId) {
        dsl.update(PORTAL_COUNTER_SIGNATURE)
                .set(PORTAL_COUNTER_SIGNATURE.PROCESSED_AT, toColumn(at))
                .set(PORTAL_COUNTER_SIGNATURE.OUTCOME, outcome)
                .set(PORTAL_COUNTER_SIGNATURE.OUTCOME_TEXT, text == null ? null : abbreviate(text))
                .set(PORTAL_COUNTER_SIGNATURE.SIGNATURE_ID, signatureId)
                .where(PORTAL_COUNTER_SIGNATURE.ID.eq(id))
                .execute();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}

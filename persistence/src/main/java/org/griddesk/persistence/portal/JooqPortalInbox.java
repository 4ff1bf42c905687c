package org.griddesk.persistence.portal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.portal.PendingCounterSignature;
import org.griddesk.core.portal.PortalActivation;
import org.griddesk.core.portal.PortalInbox;
import org.griddesk.core.portal.PortalRegistration;
import org.griddesk.core.portal.PortalSubmission;
import org.griddesk.core.signing.SignatureKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.PORTAL_COUNTER_SIGNATURE;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_REGISTRATION_ACTIVATION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION;
import static org.griddesk.persistence.schema.Tables.PORTAL_SUBMISSION_FILE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/**
 * The portal's inbox tables (V17, V18; docs/portal-contract.md). A claim is a conditional update of the lease the row
 * was read with, each its own statement committed at once (like the outbox's), so two workstations never both take a
 * row in; marking a row taken runs in the caller's transaction with the work it records.
 */
public final class JooqPortalInbox implements PortalInbox {
    private static final String ACCEPTED = "ACCEPTED";
    private static final String REFUSED = "REFUSED";
    private static final int TEXT_LENGTH = 2000;

    private final DSLContext dsl;

    public JooqPortalInbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PendingCounterSignature> claimCounterSignatures(Instant now, Duration lease, int limit) {
        var table = PORTAL_COUNTER_SIGNATURE;
        var rows = dsl.select(table.asterisk(), TIMELINE_ITEM.APPEAL_ID).from(table)
                .join(TIMELINE_ITEM).on(TIMELINE_ITEM.ID.eq(table.DOCUMENT_ID))
                .where(free(table.PROCESSED_AT, table.CLAIMED_UNTIL, now));
        return claim(InboxTable.COUNTER_SIGNATURES, rows, now, lease, limit, row -> new PendingCounterSignature(
                row.get(table.ID), row.get(TIMELINE_ITEM.APPEAL_ID), row.get(table.DOCUMENT_ID),
                SignatureKind.valueOf(row.get(table.KIND)), fromColumn(row.get(table.SENT_AT)), row.get(table.PHONE),
                row.get(table.CODE_HASH), row.get(table.CMS)));
    }

    @Override
    public void counterSignatureTaken(long id, Instant at, long signatureId, boolean accepted, String reason) {
        finish(InboxTable.COUNTER_SIGNATURES, id, at, accepted ? ACCEPTED : "REJECTED", reason)
                .set(PORTAL_COUNTER_SIGNATURE.SIGNATURE_ID, signatureId)
                .where(PORTAL_COUNTER_SIGNATURE.ID.eq(id)).execute();
    }

    @Override
    public List<PortalSubmission> claimSubmissions(Instant now, Duration lease, int limit) {
        var table = PORTAL_SUBMISSION;
        var rows = dsl.select(table.asterisk()).from(table).where(free(table.PROCESSED_AT, table.CLAIMED_UNTIL, now));
        List<Record> claimed = claim(InboxTable.SUBMISSIONS, rows, now, lease, limit, Function.identity());
        var files = dsl.select(PORTAL_SUBMISSION_FILE.ID, PORTAL_SUBMISSION_FILE.SUBMISSION_ID,
                        PORTAL_SUBMISSION_FILE.DOCUMENT_NAME, PORTAL_SUBMISSION_FILE.FILE_NAME, PORTAL_SUBMISSION_FILE.COMMENT)
                .from(PORTAL_SUBMISSION_FILE)
                .where(PORTAL_SUBMISSION_FILE.SUBMISSION_ID.in(claimed.stream().map(row -> row.get(table.ID)).toList()))
                .orderBy(PORTAL_SUBMISSION_FILE.SUBMISSION_ID, PORTAL_SUBMISSION_FILE.POSITION)
                .fetchGroups(PORTAL_SUBMISSION_FILE.SUBMISSION_ID, PortalRows::file);
        return claimed.stream().map(row -> PortalRows.submission(row, files.getOrDefault(row.get(table.ID), List.of())))
                .toList();
    }

    /** The file is held whole: the portal stores each one as a single value (at most 50 MB, as for a clerk's). */
    @Override
    public InputStream openFile(long fileId) {
        byte[] content = dsl.select(PORTAL_SUBMISSION_FILE.CONTENT).from(PORTAL_SUBMISSION_FILE)
                .where(PORTAL_SUBMISSION_FILE.ID.eq(fileId)).fetchOptional(PORTAL_SUBMISSION_FILE.CONTENT)
                .orElseThrow(() -> new NotFoundException("Файл с портала не найден: " + fileId));
        return new ByteArrayInputStream(content == null ? new byte[0] : content);
    }

    /** The bytes now live with the case's document: the portal's copy is emptied. */
    @Override
    public void submissionTaken(long id, Instant at, long caseId, Map<Long, Long> itemIdsByFile) {
        finish(InboxTable.SUBMISSIONS, id, at, ACCEPTED, null).set(PORTAL_SUBMISSION.CASE_ID, caseId)
                .where(PORTAL_SUBMISSION.ID.eq(id)).execute();
        itemIdsByFile.forEach((fileId, itemId) -> dsl.update(PORTAL_SUBMISSION_FILE)
                .set(PORTAL_SUBMISSION_FILE.ITEM_ID, itemId)
                .setNull(PORTAL_SUBMISSION_FILE.CONTENT)
                .where(PORTAL_SUBMISSION_FILE.ID.eq(fileId)).execute());
    }

    @Override
    public List<PortalRegistration> claimRegistrations(Instant now, Duration lease, int limit) {
        var table = PORTAL_REGISTRATION;
        var rows = dsl.select(table.asterisk()).from(table).where(free(table.PROCESSED_AT, table.CLAIMED_UNTIL, now));
        List<PortalRegistration> readable = new ArrayList<>();
        for (Record row : claim(InboxTable.REGISTRATIONS, rows, now, lease, limit, Function.identity())) {
            PortalRows.registration(row).ifPresentOrElse(readable::add, () -> refused(PortalRow.REGISTRATION,
                    row.get(table.ID), now, "Неизвестный тип заявителя: " + row.get(table.TYPE)));
        }
        return readable;
    }

    @Override
    public void registrationTaken(long id, Instant at, long registrationId) {
        finish(InboxTable.REGISTRATIONS, id, at, ACCEPTED, null).set(PORTAL_REGISTRATION.REGISTRATION_ID, registrationId)
                .where(PORTAL_REGISTRATION.ID.eq(id)).execute();
    }

    @Override
    public List<PortalActivation> claimActivations(Instant now, Duration lease, int limit) {
        var table = PORTAL_REGISTRATION_ACTIVATION;
        var rows = dsl.select(table.asterisk(), PORTAL_REGISTRATION.REGISTRATION_ID).from(table)
                .join(PORTAL_REGISTRATION).on(PORTAL_REGISTRATION.ID.eq(table.PORTAL_REGISTRATION_ID))
                .where(free(table.PROCESSED_AT, table.CLAIMED_UNTIL, now))
                .and(PORTAL_REGISTRATION.PROCESSED_AT.isNotNull());
        return claim(InboxTable.ACTIVATIONS, rows, now, lease, limit, row -> new PortalActivation(row.get(table.ID),
                row.get(PORTAL_REGISTRATION.REGISTRATION_ID), fromColumn(row.get(table.EMAIL_CONFIRMED_AT)),
                fromColumn(row.get(table.ACTIVATED_AT))));
    }

    @Override
    public void activationTaken(long id, Instant at) {
        finish(InboxTable.ACTIVATIONS, id, at, ACCEPTED, null).where(PORTAL_REGISTRATION_ACTIVATION.ID.eq(id)).execute();
    }

    @Override
    public void refused(PortalRow row, long id, Instant at, String reason) {
        InboxTable table = InboxTable.of(row);
        finish(table, id, at, REFUSED, reason).where(table.id.eq(id)).execute();
    }

    private static Condition free(Field<OffsetDateTime> processedAt, Field<OffsetDateTime> claimedUntil, Instant now) {
        return processedAt.isNull().and(claimedUntil.isNull().or(claimedUntil.lt(toColumn(now))));
    }

    /** Reads the free rows, oldest first, and keeps those whose lease this workstation then took. */
    private <T> List<T> claim(InboxTable table, SelectConditionStep<Record> free, Instant now, Duration lease,
                              int limit, Function<Record, T> mapped) {
        OffsetDateTime claimedUntil = toColumn(now.plus(lease));
        List<T> claimed = new ArrayList<>();
        for (Record row : free.orderBy(table.id).limit(limit).fetch()) {
            OffsetDateTime seenLease = row.get(table.claimedUntil);
            int updated = dsl.update(table.table)
                    .set(table.claimedUntil, claimedUntil)
                    .where(table.id.eq(row.get(table.id)))
                    .and(table.processedAt.isNull())
                    .and(seenLease == null ? table.claimedUntil.isNull() : table.claimedUntil.eq(seenLease))
                    .execute();
            if (updated == 1) {
                claimed.add(mapped.apply(row));
            }
        }
        return claimed;
    }

    private org.jooq.UpdateSetMoreStep<Record> finish(InboxTable table, long id, Instant at, String outcome,
                                                      String text) {
        return dsl.update(DSL.table(table.table.getQualifiedName()))
                .set(table.processedAt, toColumn(at))
                .set(table.outcome, outcome)
                .set(table.outcomeText, text == null ? null : PortalRows.abbreviate(text, TEXT_LENGTH));
    }

    /** The columns every inbox table has, by the kind of row it holds. */
    private enum InboxTable {
        COUNTER_SIGNATURES(PORTAL_COUNTER_SIGNATURE, PORTAL_COUNTER_SIGNATURE.ID, PORTAL_COUNTER_SIGNATURE.CLAIMED_UNTIL,
                PORTAL_COUNTER_SIGNATURE.PROCESSED_AT, PORTAL_COUNTER_SIGNATURE.OUTCOME,
                PORTAL_COUNTER_SIGNATURE.OUTCOME_TEXT),
        SUBMISSIONS(PORTAL_SUBMISSION, PORTAL_SUBMISSION.ID, PORTAL_SUBMISSION.CLAIMED_UNTIL,
                PORTAL_SUBMISSION.PROCESSED_AT, PORTAL_SUBMISSION.OUTCOME, PORTAL_SUBMISSION.OUTCOME_TEXT),
        REGISTRATIONS(PORTAL_REGISTRATION, PORTAL_REGISTRATION.ID, PORTAL_REGISTRATION.CLAIMED_UNTIL,
                PORTAL_REGISTRATION.PROCESSED_AT, PORTAL_REGISTRATION.OUTCOME, PORTAL_REGISTRATION.OUTCOME_TEXT),
        ACTIVATIONS(PORTAL_REGISTRATION_ACTIVATION, PORTAL_REGISTRATION_ACTIVATION.ID,
                PORTAL_REGISTRATION_ACTIVATION.CLAIMED_UNTIL, PORTAL_REGISTRATION_ACTIVATION.PROCESSED_AT,
                PORTAL_REGISTRATION_ACTIVATION.OUTCOME, PORTAL_REGISTRATION_ACTIVATION.OUTCOME_TEXT);

        private final Table<?> table;
        private final Field<Long> id;
        private final Field<OffsetDateTime> claimedUntil;
        private final Field<OffsetDateTime> processedAt;
        private final Field<String> outcome;
        private final Field<String> outcomeText;

        InboxTable(Table<?> table, Field<Long> id, Field<OffsetDateTime> claimedUntil, Field<OffsetDateTime> processedAt,
                   Field<String> outcome, Field<String> outcomeText) {
            this.table = table;
            this.id = id;
            this.claimedUntil = claimedUntil;
            this.processedAt = processedAt;
            this.outcome = outcome;
            this.outcomeText = outcomeText;
        }

        static InboxTable of(PortalRow row) {
            return switch (row) {
                case COUNTER_SIGNATURE -> COUNTER_SIGNATURES;
                case SUBMISSION -> SUBMISSIONS;
                case REGISTRATION -> REGISTRATIONS;
                case ACTIVATION -> ACTIVATIONS;
            };
        }
    }
}

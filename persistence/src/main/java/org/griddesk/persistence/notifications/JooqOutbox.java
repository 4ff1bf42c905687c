package org.griddesk.persistence.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.persistence.database.LikePatterns;
import org.griddesk.core.notifications.MailMessage;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.notifications.Outbox;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxQuery;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.persistence.schema.tables.records.MailOutboxRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.database.Timestamps.fromColumn;
import static org.griddesk.persistence.database.Timestamps.toColumn;
import static org.griddesk.persistence.schema.Tables.MAIL_OUTBOX;

/**
 * The outbox table. Several workstations may deliver at once: {@link #due} claims each row with a conditional
 * update of {@code next_attempt_at}, and only the workstation whose update hit the row sends it.
 */
public final class JooqOutbox implements Outbox {
    /** Longer than a batch can take even with a hanging server (20 messages at the SMTP timeouts). */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);

    private final DSLContext dsl;
    private final Duration lease;

    public JooqOutbox(DSLContext dsl, Duration lease) {
        this.dsl = dsl;
        this.lease = lease;
    }

    public JooqOutbox(DSLContext dsl) {
        this(dsl, DEFAULT_LEASE);
    }

    @Override
    public long enqueue(NotificationKind kind, Long caseId, MailMessage message, Instant now) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, kind.name())
                .set(MAIL_OUTBOX.CASE_ID, caseId)
                .set(MAIL_OUTBOX.RECIPIENT, message.to())
                .set(MAIL_OUTBOX.SUBJECT, message.subject())
                .set(MAIL_OUTBOX.BODY, message.body())
                .set(MAIL_OUTBOX.STATE, OutboxState.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, toColumn(now))
                .set(MAIL_OUTBOX.CREATED_AT, toColumn(now))
                .returning(MAIL_OUTBOX.ID)
                .fetchSingle(MAIL_OUTBOX.ID);
    }

    /** Each claim is its own statement, committed at once, so other workstations see it immediately. */
    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        List<MailOutboxRecord> candidates = dsl.selectFrom(MAIL_OUTBOX)
                .where(pending().and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(toColumn(now))))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .fetch();
        OffsetDateTime claimedUntil = toColumn(now.plus(lease));
        List<OutboxEntry> claimed = new ArrayList<>();
        for (MailOutboxRecord row : candidates) {
            int updated = dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, claimedUntil)
                    .where(MAIL_OUTBOX.ID.eq(row.getId()))
                    .and(pending())
                    .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.eq(row.getNextAttemptAt()))
                    .execute();
            if (updated == 1) {
                row.setNextAttemptAt(claimedUntil);
                claimed.add(toEntry(row));
            }
        }
        return claimed;
    }

    @Override
    public void markSent(long id, Instant sentAt) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, OutboxState.SENT.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.SENT_AT, toColumn(sentAt))
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public void markRetry(long id, int attempts, Instant next, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, OutboxState.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, toColumn(next))
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public void markFailed(long id, int attempts, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, OutboxState.FAILED.name())
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public List<OutboxEntry> list(OutboxQuery query, int limit) {
        Condition condition = query.state() == null ? DSL.noCondition() : MAIL_OUTBOX.STATE.eq(query.state().name());
        // The typed words as SearchText normalises them: lower case, «ё» as «е».
        Field<String> text = DSL.replace(DSL.lower(MAIL_OUTBOX.RECIPIENT.concat(" ").concat(MAIL_OUTBOX.SUBJECT)), "ё", "е");
        for (String word : query.words()) {
            condition = condition.and(text.like(LikePatterns.containing(word), LikePatterns.ESCAPE));
        }
        if (query.from() != null) {
            condition = condition.and(MAIL_OUTBOX.CREATED_AT.ge(toColumn(query.from())));
        }
        if (query.until() != null) {
            condition = condition.and(MAIL_OUTBOX.CREATED_AT.lt(toColumn(query.until())));
        }
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(condition)
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .limit(limit)
                .fetch(JooqOutbox::toEntry);
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOptional().map(JooqOutbox::toEntry);
    }

    @Override
    public void resend(long id, Instant now) {
        int updated = dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, OutboxState.PENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, toColumn(now))
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .setNull(MAIL_OUTBOX.SENT_AT)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        if (updated == 0) {
            throw new NotFoundException("Письмо не найдено в очереди отправки: возможно, оно удалено.");
        }
    }

    private static Condition pending() {
        return MAIL_OUTBOX.STATE.eq(OutboxState.PENDING.name());
    }

    private static OutboxEntry toEntry(MailOutboxRecord row) {
        return new OutboxEntry(row.getId(), NotificationKind.valueOf(row.getKind()), row.getCaseId(), row.getRecipient(), row.getSubject(),
                row.getBody(), OutboxState.valueOf(row.getState()), row.getAttempts(), fromColumn(row.getNextAttemptAt()),
                row.getLastError(), fromColumn(row.getCreatedAt()), fromColumn(row.getSentAt()));
    }
}

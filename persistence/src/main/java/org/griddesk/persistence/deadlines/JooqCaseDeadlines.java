package org.griddesk.persistence.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.Side;
import org.griddesk.core.deadlines.CaseCategory;
import org.griddesk.core.deadlines.CaseDeadline;
import org.griddesk.core.deadlines.CaseDeadlines;
import org.griddesk.core.deadlines.DeadlineStage;
import org.griddesk.core.deadlines.DeadlineStep;
import org.griddesk.core.deadlines.RequestKind;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.CaseDeadlineRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.CASE_DEADLINE;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/** Deadlines in table case_deadline, with the running one's due date copied onto the case for the queue. */
public final class JooqCaseDeadlines implements CaseDeadlines {
    /** appeal.due_key of a case with no running deadline (V16): such cases sort last. */
    private static final LocalDate NONE = LocalDate.of(9999, 12, 31);

    private final DSLContext dsl;

    public JooqCaseDeadlines(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PlannedCase> planned(long caseId) {
        Record row = dsl.select(APPEAL.ID, APPEAL.KIND, APPEAL.STATUS, APPEAL.CREATED_AT, APPEAL.CAPACITY_KW,
                        APPEAL.VOLTAGE_KV, APPEAL.TEMPORARY_CONNECTION, APPLICANT.TYPE)
                .select(CASE_DEADLINE.fields())
                .from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .leftJoin(CASE_DEADLINE).on(CASE_DEADLINE.APPEAL_ID.eq(APPEAL.ID).and(CASE_DEADLINE.FINISHED_ON.isNull()))
                .where(APPEAL.ID.eq(caseId))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        CaseCategory category = new CaseCategory(RequestKind.of(CaseKind.valueOf(row.get(APPEAL.KIND))),
                ApplicantType.valueOf(row.get(APPLICANT.TYPE)), row.get(APPEAL.CAPACITY_KW), row.get(APPEAL.VOLTAGE_KV),
                row.get(APPEAL.TEMPORARY_CONNECTION));
        CaseDeadline current = row.get(CASE_DEADLINE.ID) == null ? null : toDeadline(row.into(CASE_DEADLINE));
        return Optional.of(new PlannedCase(caseId, category, row.get(APPEAL.STATUS),
                Timestamps.fromColumn(row.get(APPEAL.CREATED_AT)), current));
    }

    static CaseDeadline toDeadline(CaseDeadlineRecord row) {
        return new CaseDeadline(row.getId(), DeadlineStage.valueOf(row.getStage()), row.getRuleId(), row.getStartedOn(),
                row.getDueOn(), row.getPausedSince(), row.getFinishedOn(), row.getMissed());
    }

    @Override
    public void store(long caseId, DeadlineStep step, Instant at) {
        CaseDeadline finished = step.finished();
        if (finished != null) {
            dsl.update(CASE_DEADLINE).set(CASE_DEADLINE.FINISHED_ON, finished.finishedOn())
                    .set(CASE_DEADLINE.MISSED, finished.missed())
                    .where(CASE_DEADLINE.ID.eq(finished.id())).execute();
        }
        CaseDeadline current = step.current();
        if (current != null && current.id() == 0) {
            dsl.insertInto(CASE_DEADLINE)
                    .set(CASE_DEADLINE.APPEAL_ID, caseId)
                    .set(CASE_DEADLINE.STAGE, current.stage().name())
                    .set(CASE_DEADLINE.RULE_ID, current.ruleId())
                    .set(CASE_DEADLINE.STARTED_ON, current.startedOn())
                    .set(CASE_DEADLINE.DUE_ON, current.dueOn())
                    .set(CASE_DEADLINE.PAUSED_SINCE, current.pausedSince())
                    .set(CASE_DEADLINE.PAUSED_AT, current.paused() ? Timestamps.toColumn(at) : null)
                    .execute();
        } else if (current != null) {
            // A pause keeps the moment it began; the applicant's answers after it run the clock on.
            dsl.update(CASE_DEADLINE)
                    .set(CASE_DEADLINE.DUE_ON, current.dueOn())
                    .set(CASE_DEADLINE.PAUSED_SINCE, current.pausedSince())
                    .set(CASE_DEADLINE.PAUSED_AT, current.paused()
                            ? DSL.coalesce(CASE_DEADLINE.PAUSED_AT, DSL.val(Timestamps.toColumn(at))) : DSL.val(null, CASE_DEADLINE.PAUSED_AT))
                    .where(CASE_DEADLINE.ID.eq(current.id())).execute();
        }
        boolean running = current != null && !current.paused();
        dsl.update(APPEAL)
                .set(APPEAL.DUE_ON, running ? current.dueOn() : null)
                .set(APPEAL.DUE_KEY, running ? current.dueOn() : NONE)
                .set(APPEAL.DEADLINE_PAUSED, current != null && current.paused())
                .set(APPEAL.DEADLINE_MISSED, finished != null && finished.missed()
                        ? DSL.inline(true) : APPEAL.DEADLINE_MISSED)
                .set(APPEAL.DEADLINE_PLANNED, true)
                .where(APPEAL.ID.eq(caseId)).execute();
    }

    @Override
    public List<Long> unplanned(int limit) {
        return dsl.select(APPEAL.ID).from(APPEAL).where(APPEAL.DEADLINE_PLANNED.isFalse())
                .orderBy(APPEAL.ID).limit(limit).fetch(APPEAL.ID);
    }

    @Override
    public List<ApplicantAnswer> answeredWhilePaused(int limit) {
        var answered = DSL.min(TIMELINE_ITEM.CREATED_AT);
        return dsl.select(APPEAL.ID, answered)
                .from(APPEAL)
                .join(CASE_DEADLINE).on(CASE_DEADLINE.APPEAL_ID.eq(APPEAL.ID).and(CASE_DEADLINE.FINISHED_ON.isNull()))
                .join(TIMELINE_ITEM).on(TIMELINE_ITEM.APPEAL_ID.eq(APPEAL.ID)
                        .and(TIMELINE_ITEM.SIDE.eq(Side.APPLICANT.name()))
                        .and(TIMELINE_ITEM.CREATED_AT.gt(CASE_DEADLINE.PAUSED_AT)))
                .where(APPEAL.DEADLINE_PAUSED.isTrue())
                .groupBy(APPEAL.ID)
                .orderBy(APPEAL.ID)
                .limit(limit)
                .fetch(row -> new ApplicantAnswer(row.value1(), Timestamps.fromColumn(row.value2())));
    }
}

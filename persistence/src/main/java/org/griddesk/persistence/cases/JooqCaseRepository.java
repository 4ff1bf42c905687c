package org.griddesk.persistence.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.cases.ApplicationKind;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseScope;
import org.griddesk.core.cases.CaseState;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.common.SearchText;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.RegistrationNumbers;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.persistence.applicants.ApplicantRows;
import org.griddesk.persistence.database.Violations;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.AppealRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.CASE_COUNT;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Sequences.REGISTRATION_NUMBER_SUGGESTION;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

public final class JooqCaseRepository implements CaseRepository {
    private final DSLContext dsl;
    private final ZoneId zone;
    private final CaseCounters counters;
    private final CaseTextSearch search;

    /** {@code zone}: the organisation's time zone, in which the queue's period filter counts days. */
    public JooqCaseRepository(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
        this.counters = new CaseCounters(dsl);
        this.search = new CaseTextSearch(dsl);
    }

    @Override
    public long create(NewCase newCase) {
        long id = dsl.insertInto(APPEAL)
                .set(APPEAL.KIND, newCase.kind().name())
                .set(APPEAL.TITLE, newCase.title())
                .set(APPEAL.APPLICANT_ID, newCase.applicantId())
                .set(APPEAL.STATUS, CaseStatuses.INITIAL)
                .set(APPEAL.CREATED_AT, Timestamps.toColumn(newCase.sentAt()))
                .set(APPEAL.UPDATED_AT, Timestamps.toColumn(newCase.sentAt()))
                .set(APPEAL.SEARCH_KEY, searchKey(null, newCase.title()))
                .set(APPEAL.CAPACITY_KW, newCase.capacityKw())
                .set(APPEAL.VOLTAGE_KV, newCase.voltageKv())
                .set(APPEAL.TEMPORARY_CONNECTION, newCase.temporary())
                .set(APPEAL.APPLICATION_KIND, newCase.applicationKind() == null ? null : newCase.applicationKind().name())
                .returning(APPEAL.ID)
                .fetchSingle(APPEAL.ID);
        counters.added(id, newCase.kind().name(), CaseStatuses.INITIAL);
        return id;
    }

    /** The case's own searchable text, number and title; the applicant's is in applicant.search_text. */
    static String searchKey(String registrationNumber, String title) {
        return SearchText.normalize((registrationNumber == null ? "" : registrationNumber) + " | " + title);
    }

    /**
     * Counters come from the kept ones unless a text or period filter applies; the total is their sum over the
     * chosen statuses, so a refresh never counts the same rows twice.
     */
    @Override
    public CasePage find(CaseQuery query) {
        Condition filter;
        List<StatusCount> counts;
        if (query.countedByKeptCounters()) {
            filter = filter(query, DSL.noCondition());
            counts = counters.byStatus(query.kind() == null ? DSL.noCondition() : CASE_COUNT.KIND.eq(query.kind().name()));
        } else {
            List<String> words = SearchText.words(query.text());
            Optional<Condition> exact = search.exact(words);
            Condition text = exact.orElseGet(() -> search.containing(words));
            counts = countMatching(query, text);
            if (counts.isEmpty() && exact.isPresent()) {
                text = search.containing(words);
                counts = countMatching(query, text);
            }
            filter = filter(query, text);
        }
        long total = counts.stream()
                .filter(count -> query.statuses().isEmpty() || query.statuses().contains(count.status()))
                .filter(count -> !query.leavesClosedOut() || !count.status().equals(CaseStatuses.COMPLETED))
                .mapToLong(StatusCount::count).sum();
        return new CasePage(total == 0 ? List.of() : QueuePages.fetch(dsl, query, filter), total, counts);
    }

    @Override
    public void forEachMatching(CaseQuery query, java.util.function.Consumer<CaseSummary> row) {
        Condition text = DSL.noCondition();
        if (query.text() != null) {
            List<String> words = SearchText.words(query.text());
            Optional<Condition> exact = search.exact(words);
            text = exact.filter(condition -> dsl.fetchExists(APPEAL, filter(query, condition)))
                    .orElseGet(() -> search.containing(words));
        }
        QueuePages.stream(dsl, query, filter(query, text), row);
    }

    private List<StatusCount> countMatching(CaseQuery query, Condition text) {
        return dsl.select(APPEAL.STATUS, DSL.count())
                .from(APPEAL)
                .where(filter(query.withoutStatuses(), text))
                .groupBy(APPEAL.STATUS)
                .orderBy(APPEAL.STATUS)
                .fetch(row -> new StatusCount(row.value1(), row.value2()));
    }

    /** The query's filters but its text, which comes as {@code text} (an exact or a «contains» match). */
    private Condition filter(CaseQuery query, Condition text) {
        List<Condition> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add(APPEAL.STATUS.in(query.statuses()));
        }
        if (query.kind() != null) {
            conditions.add(APPEAL.KIND.eq(query.kind().name()));
        }
        if (query.createdFrom() != null) {
            conditions.add(APPEAL.CREATED_AT.ge(startOf(query.createdFrom())));
        }
        if (query.createdTo() != null) {
            conditions.add(APPEAL.CREATED_AT.lt(startOf(query.createdTo().plusDays(1))));
        }
        CaseScope scope = query.scope();
        if (scope.assigneeId() != null) {
            conditions.add(APPEAL.ASSIGNEE_ID.eq(scope.assigneeId()));
        }
        if (scope.unassigned()) {
            conditions.add(APPEAL.ASSIGNEE_ID.isNull());
        }
        if (scope.dueFrom() != null) {
            conditions.add(APPEAL.DUE_KEY.ge(scope.dueFrom()));
        }
        if (scope.dueTo() != null) {
            conditions.add(APPEAL.DUE_KEY.le(scope.dueTo()));
        }
        if (scope.signing() != null) {
            conditions.add(SigningConditions.of(scope.signing()));
        }
        if (query.leavesClosedOut()) {
            conditions.add(APPEAL.STATUS.ne(CaseStatuses.COMPLETED));
        }
        conditions.add(text);
        return DSL.and(conditions);
    }

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return Timestamps.toColumn(day.atStartOfDay(zone).toInstant());
    }

    @Override
    public Optional<CaseCard> load(long caseId) {
        Record row = dsl.select().from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .where(APPEAL.ID.eq(caseId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        AppealRecord appeal = row.into(APPEAL);
        List<TimelineItem> timeline = dsl.selectFrom(TIMELINE_ITEM).where(TIMELINE_ITEM.APPEAL_ID.eq(caseId))
                .orderBy(TIMELINE_ITEM.CREATED_AT.desc(), TIMELINE_ITEM.ID.desc())
                .fetch(TimelineRows::toItem);
        List<CaseChange> history = dsl.selectFrom(CASE_HISTORY).where(CASE_HISTORY.APPEAL_ID.eq(caseId))
                .orderBy(CASE_HISTORY.CHANGED_AT.desc(), CASE_HISTORY.ID.desc())
                .fetch(change -> new CaseChange(Timestamps.fromColumn(change.getChangedAt()), change.getOperatorName(),
                        change.getWhat(), change.getBeforeValue(), change.getAfterValue()));
        return Optional.of(new CaseCard(appeal.getId(), appeal.getVersion(), CaseKind.valueOf(appeal.getKind()),
                appeal.getTitle(), ApplicantRows.toApplicant(row.into(APPLICANT)), appeal.getStatus(),
                appeal.getRegistrationNumber(), Timestamps.fromColumn(appeal.getCreatedAt()),
                Timestamps.fromColumn(appeal.getUpdatedAt()), timeline, history,
                appeal.getApplicationKind() == null ? null : ApplicationKind.valueOf(appeal.getApplicationKind())));
    }

    @Override
    public Optional<CaseState> state(long caseId) {
        return dsl.select(APPEAL.ID, APPEAL.VERSION, APPEAL.STATUS, APPEAL.REGISTRATION_NUMBER, APPEAL.ASSIGNEE_ID)
                .from(APPEAL).where(APPEAL.ID.eq(caseId))
                .fetchOptional(row -> new CaseState(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }

    @Override
    public boolean assign(long caseId, Long expectedAssigneeId, Long assigneeId) {
        Condition unchanged = expectedAssigneeId == null ? APPEAL.ASSIGNEE_ID.isNull()
                : APPEAL.ASSIGNEE_ID.eq(expectedAssigneeId);
        return dsl.update(APPEAL).set(APPEAL.ASSIGNEE_ID, assigneeId)
                .where(APPEAL.ID.eq(caseId).and(unchanged)).execute() == 1;
    }

    /** One statement: the search key is rebuilt from the row's own title, the kind comes back for the counters. */
    @Override
    public boolean updateStatusAndNumber(long caseId, long expectedVersion, String previousStatus, String status,
                                         String registrationNumber, Instant at) {
        try {
            Optional<String> kind = dsl.update(APPEAL)
                    .set(APPEAL.STATUS, status)
                    .set(APPEAL.REGISTRATION_NUMBER, registrationNumber)
                    .set(APPEAL.NUMBER_VALUE, numberValue(registrationNumber))
                    .set(APPEAL.SEARCH_KEY, DSL.replace(DSL.lower(DSL.val(registrationNumber == null ? "" : registrationNumber)
                            .concat(DSL.inline(" | ")).concat(APPEAL.TITLE)), "ё", "е"))
                    .set(APPEAL.UPDATED_AT, Timestamps.toColumn(at))
                    .set(APPEAL.VERSION, APPEAL.VERSION.plus(1))
                    .where(APPEAL.ID.eq(caseId).and(APPEAL.VERSION.eq(expectedVersion)))
                    .returning(APPEAL.KIND)
                    .fetchOptional(APPEAL.KIND);
            kind.ifPresent(saved -> counters.moved(caseId, saved, previousStatus, status));
            return kind.isPresent();
        } catch (DataAccessException e) {
            // The unique index decides when two clerks give the same number at the same moment.
            if (Violations.unique(e, "registration_number")) {
                throw RegistrationNumbers.alreadyTaken(registrationNumber);
            }
            throw e;
        }
    }

    /** The number as a number when it is only digits (up to 18), for «Предложить»; else none. */
    static Long numberValue(String registrationNumber) {
        return registrationNumber != null && registrationNumber.matches("[0-9]{1,18}") ? Long.valueOf(registrationNumber) : null;
    }

    /**
     * The sequence's next value, or the number after the largest one when clerks typed numbers past it (then the
     * sequence is moved on, so the next suggestions are unique again).
     */
    @Override
    public long nextNumericRegistrationNumber() {
        long suggested = dsl.select(REGISTRATION_NUMBER_SUGGESTION.nextval()).fetchSingle().value1();
        Long largest = dsl.select(DSL.max(APPEAL.NUMBER_VALUE)).from(APPEAL).fetchOne(0, Long.class);
        if (largest == null || largest < suggested) {
            return suggested;
        }
        dsl.alterSequence(REGISTRATION_NUMBER_SUGGESTION).restartWith(largest + 2).execute();
        return largest + 1;
    }

    @Override
    public long addItem(long caseId, TimelineItem item) {
        long id = dsl.insertInto(TIMELINE_ITEM)
                .set(TimelineRows.toRecord(caseId, item))
                .returning(TIMELINE_ITEM.ID)
                .fetchSingle(TIMELINE_ITEM.ID);
        markChanged(caseId, item.createdAt());
        return id;
    }

    @Override
    public Optional<TimelineItem> findItem(long caseId, long itemId) {
        return dsl.selectFrom(TIMELINE_ITEM)
                .where(TIMELINE_ITEM.APPEAL_ID.eq(caseId).and(TIMELINE_ITEM.ID.eq(itemId)))
                .fetchOptional()
                .map(TimelineRows::toItem);
    }

    @Override
    public void deleteItem(long caseId, long itemId, Instant at) {
        try {
            dsl.deleteFrom(TIMELINE_ITEM).where(TIMELINE_ITEM.APPEAL_ID.eq(caseId).and(TIMELINE_ITEM.ID.eq(itemId))).execute();
        } catch (DataAccessException e) {
            if (Violations.referenced(e, "document_signature")) {
                throw new org.griddesk.core.common.DomainException("Подписанный документ удалить нельзя");
            }
            throw e;
        }
        markChanged(caseId, at);
    }

    /**
     * Items change the case's "last change" but not its version: the version guards the fields a clerk edits
     * (status, number), and adding a note must not make another clerk's pending status save fail.
     */
    @Override
    public void markChanged(long caseId, Instant at) {
        dsl.update(APPEAL).set(APPEAL.UPDATED_AT, Timestamps.toColumn(at)).where(APPEAL.ID.eq(caseId)).execute();
    }

    @Override
    public void appendHistory(long caseId, CaseChange change) {
        dsl.insertInto(CASE_HISTORY)
                .set(CASE_HISTORY.APPEAL_ID, caseId)
                .set(CASE_HISTORY.CHANGED_AT, Timestamps.toColumn(change.at()))
                .set(CASE_HISTORY.OPERATOR_NAME, change.operator())
                .set(CASE_HISTORY.WHAT, change.what())
                .set(CASE_HISTORY.BEFORE_VALUE, change.before())
                .set(CASE_HISTORY.AFTER_VALUE, change.after())
                .execute();
    }
}

package org.griddesk.persistence.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CasePage;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.RegistrationNumbers;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.persistence.applicants.ApplicantRows;
import org.griddesk.persistence.database.Violations;
import org.griddesk.persistence.database.Timestamps;
import org.griddesk.persistence.schema.tables.records.AppealRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.APPLICANT;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

public final class JooqCaseRepository implements CaseRepository {
    private final DSLContext dsl;
    private final ZoneId zone;

    /** {@code zone}: the organisation's time zone, in which the queue's period filter counts days. */
    public JooqCaseRepository(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    @Override
    public long create(NewCase newCase) {
        return dsl.insertInto(APPEAL)
                .set(APPEAL.KIND, newCase.kind().name())
                .set(APPEAL.TITLE, newCase.title())
                .set(APPEAL.APPLICANT_ID, newCase.applicantId())
                .set(APPEAL.STATUS, CaseStatuses.INITIAL)
                .set(APPEAL.CREATED_AT, Timestamps.toColumn(newCase.sentAt()))
                .set(APPEAL.UPDATED_AT, Timestamps.toColumn(newCase.sentAt()))
                .returning(APPEAL.ID)
                .fetchSingle(APPEAL.ID);
    }

    @Override
    public CasePage find(CaseQuery query) {
        Condition condition = filter(query);
        long total = dsl.fetchCount(dsl.select(APPEAL.ID).from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .where(condition));
        List<CaseSummary> rows = dsl.select(APPEAL.ID, APPEAL.REGISTRATION_NUMBER, APPEAL.KIND, APPEAL.TITLE,
                        APPLICANT.TYPE, APPLICANT.DISPLAY_NAME, APPEAL.STATUS, APPEAL.CREATED_AT, APPEAL.UPDATED_AT)
                .from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .where(condition)
                .orderBy(order(query))
                .offset(query.offset())
                .limit(query.limit())
                .fetch(row -> new CaseSummary(row.value1(), row.value2(), CaseKind.valueOf(row.value3()), row.value4(),
                        ApplicantType.valueOf(row.value5()), row.value6(), row.value7(),
                        Timestamps.fromColumn(row.value8()), Timestamps.fromColumn(row.value9())));
        return new CasePage(rows, total);
    }

    @Override
    public List<StatusCount> countByStatus(CaseQuery query) {
        return dsl.select(APPEAL.STATUS, DSL.count())
                .from(APPEAL).join(APPLICANT).on(APPLICANT.ID.eq(APPEAL.APPLICANT_ID))
                .where(filter(query.withoutStatuses()))
                .groupBy(APPEAL.STATUS)
                .orderBy(APPEAL.STATUS)
                .fetch(row -> new StatusCount(row.value1(), row.value2()));
    }

    private Condition filter(CaseQuery query) {
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
        if (query.text() != null) {
            String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
            conditions.add(DSL.lower(APPEAL.REGISTRATION_NUMBER).like(pattern, '!')
                    .or(APPLICANT.SEARCH_TEXT.like(pattern, '!'))
                    .or(DSL.lower(APPEAL.TITLE).like(pattern, '!')));
        }
        return DSL.and(conditions);
    }

    private java.time.OffsetDateTime startOf(LocalDate day) {
        return Timestamps.toColumn(day.atStartOfDay(zone).toInstant());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Registration numbers sort as numbers where they are numbers: by length first. Ties by id keep pages stable. */
    private static List<SortField<?>> order(CaseQuery query) {
        boolean asc = query.ascending();
        List<SortField<?>> fields = new ArrayList<>();
        switch (query.sortBy()) {
            case REGISTRATION_NUMBER -> {
                fields.add(sorted(DSL.length(APPEAL.REGISTRATION_NUMBER), asc).nullsLast());
                fields.add(sorted(APPEAL.REGISTRATION_NUMBER, asc));
            }
            case KIND -> fields.add(sorted(APPEAL.KIND, asc));
            case TITLE -> fields.add(sorted(APPEAL.TITLE, asc));
            case APPLICANT -> fields.add(sorted(APPLICANT.DISPLAY_NAME, asc));
            case STATUS -> fields.add(sorted(APPEAL.STATUS, asc));
            case CREATED -> fields.add(sorted(APPEAL.CREATED_AT, asc));
            case UPDATED -> fields.add(sorted(APPEAL.UPDATED_AT, asc));
        }
        fields.add(sorted(APPEAL.ID, asc));
        return fields;
    }

    private static <T> SortField<T> sorted(org.jooq.Field<T> field, boolean ascending) {
        return ascending ? field.asc() : field.desc();
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
                Timestamps.fromColumn(appeal.getUpdatedAt()), timeline, history));
    }

    @Override
    public boolean updateStatusAndNumber(long caseId, long expectedVersion, String status, String registrationNumber,
                                         Instant at) {
        try {
            return dsl.update(APPEAL)
                    .set(APPEAL.STATUS, status)
                    .set(APPEAL.REGISTRATION_NUMBER, registrationNumber)
                    .set(APPEAL.UPDATED_AT, Timestamps.toColumn(at))
                    .set(APPEAL.VERSION, APPEAL.VERSION.plus(1))
                    .where(APPEAL.ID.eq(caseId).and(APPEAL.VERSION.eq(expectedVersion)))
                    .execute() == 1;
        } catch (DataAccessException e) {
            // The unique index decides when two clerks give the same number at the same moment.
            if (Violations.unique(e, "registration_number")) {
                throw RegistrationNumbers.alreadyTaken(registrationNumber);
            }
            throw e;
        }
    }

    @Override
    public boolean registrationNumberTaken(String registrationNumber, long exceptCaseId) {
        return dsl.fetchExists(APPEAL, APPEAL.REGISTRATION_NUMBER.eq(registrationNumber).and(APPEAL.ID.ne(exceptCaseId)));
    }

    @Override
    public long maxNumericRegistrationNumber() {
        Long max = dsl.select(DSL.max(APPEAL.REGISTRATION_NUMBER.cast(Long.class)))
                .from(APPEAL)
                .where(APPEAL.REGISTRATION_NUMBER.likeRegex("^[0-9]{1,18}$"))
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
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

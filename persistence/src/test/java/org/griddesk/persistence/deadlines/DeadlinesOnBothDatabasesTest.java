package org.griddesk.persistence.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.persistence.schema.Tables.APPEAL;
import static org.griddesk.persistence.schema.Tables.CASE_DEADLINE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.griddesk.core.access.Role;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseScope;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.Side;
import org.griddesk.core.deadlines.DeadlineService;
import org.griddesk.core.deadlines.StageStatuses;
import org.griddesk.core.operators.NewOperator;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.cases.JooqCaseRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.operators.JooqAssignees;
import org.griddesk.persistence.operators.JooqOperatorRepository;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deadlines planned, stopped, run on and recorded in the shared database; the queue sorts and filters by them. */
class DeadlinesOnBothDatabasesTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T07:00:00Z"); // Friday
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anArrivalIsPlannedFromTheSeededRulesAndTheQueueShowsItsDueDate(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individualWithSeedSnils());
            long small = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка до 15 кВт", RECEIVED,
                    new BigDecimal("12"), new BigDecimal("0.4"), false));
            long message = cases.create(new NewCase(applicant, CaseKind.MESSAGE, "Вопрос", RECEIVED.plusSeconds(60)));
            DeadlineService deadlines = TestDeadlines.service(database.dsl(), MONDAY);

            assertThat(deadlines.catchUp()).isEqualTo(2);
            assertThat(deadlines.catchUp()).isZero();
            // 3 working days from Friday 27.11 (п. 15 seeded); a message 30 calendar days.
            List<CaseSummary> rows = cases.find(new CaseQuery(Set.of(), null, null, null, null, CaseSortColumn.DUE,
                    true, 0, 100)).rows();
            assertThat(rows).extracting(CaseSummary::id).containsExactly(small, message);
            assertThat(rows).extracting(CaseSummary::dueOn)
                    .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 27));
            assertThat(cases.load(small).orElseThrow().history()).extracting(CaseChange::what)
                    .anyMatch(what -> what.contains("3 раб. дн.") && what.contains("п. 15"));

            CaseQuery dueByWednesday = new CaseQuery(Set.of(), null, null, null, null, null, false, 0, 100)
                    .within(new CaseScope(null, false, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2)));
            assertThat(cases.find(dueByWednesday).rows()).extracting(CaseSummary::id).containsExactly(small);
            assertThat(cases.find(dueByWednesday).totalCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theClockStopsForTheApplicantAndRunsOnWhenTheirAnswerArrives(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individualWithSeedSnils());
            long caseId = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка до 15 кВт", RECEIVED,
                    new BigDecimal("12"), null, false));
            DeadlineService deadlines = TestDeadlines.service(database.dsl(), MONDAY);
            deadlines.catchUp();
            Instant asked = Instant.parse("2026-11-30T10:00:00Z");
            cases.updateStatusAndNumber(caseId, 0, CaseStatuses.INITIAL, StageStatuses.WAITING_FOR_APPLICANT, null, asked);
            deadlines.statusChanged(caseId, StageStatuses.WAITING_FOR_APPLICANT, "Петрова А. С.", asked);

            var appeal = database.dsl().selectFrom(APPEAL).where(APPEAL.ID.eq(caseId)).fetchSingle();
            assertThat(appeal.getDeadlinePaused()).isTrue();
            assertThat(appeal.getDueOn()).isNull();
            assertThat(appeal.getDeadlineMissed()).isFalse();

            // The portal writes the applicant's answer on Monday 07.12: the clock stood 5 working days.
            cases.addItem(caseId, new MessageItem(0, Side.APPLICANT, Instant.parse("2026-12-07T08:00:00Z"), "Заявитель",
                    "<p>Документы приложены</p>"));
            assertThat(deadlines.catchUp()).isEqualTo(1);
            appeal = database.dsl().selectFrom(APPEAL).where(APPEAL.ID.eq(caseId)).fetchSingle();
            assertThat(appeal.getDeadlinePaused()).isFalse();
            // Contract documents: 10 working days from 27.11 = 11.12, plus 5 = 18.12.
            assertThat(appeal.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(database.dsl().fetchCount(CASE_DEADLINE, CASE_DEADLINE.APPEAL_ID.eq(caseId))).isEqualTo(2);
            assertThat(deadlines.catchUp()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStageEndedLateStaysMissedAfterTheCaseMovesOn(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individualWithSeedSnils());
            long caseId = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка", RECEIVED,
                    new BigDecimal("12"), null, false));
            TestDeadlines.service(database.dsl(), MONDAY).catchUp();
            Instant late = Instant.parse("2026-12-04T09:00:00Z");
            cases.updateStatusAndNumber(caseId, 0, CaseStatuses.INITIAL, StageStatuses.UNDER_REVIEW, null, late);
            TestDeadlines.service(database.dsl(), Clock.fixed(late, ZoneOffset.UTC))
                    .statusChanged(caseId, StageStatuses.UNDER_REVIEW, "Петрова А. С.", late);
            CaseSummary row = cases.find(CaseQuery.firstPage()).rows().getFirst();
            assertThat(row.deadlineMissed()).isTrue();
            assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(database.dsl().selectFrom(CASE_DEADLINE).where(CASE_DEADLINE.APPEAL_ID.eq(caseId))
                    .orderBy(CASE_DEADLINE.ID).fetch(CASE_DEADLINE.MISSED)).containsExactly(true, false);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theQueueKeepsOneClerksCasesOrTheUnassignedOnesAndNamesTheAssignee(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqCaseRepository cases = new JooqCaseRepository(database.dsl(), ZoneOffset.UTC);
            JooqOperatorRepository operators = new JooqOperatorRepository(database.dsl(), Clock.systemUTC());
            long clerk = operators.create(new NewOperator("petrova", "Петрова Анна Сергеевна", EnumSet.of(Role.CLERK),
                    false, false), "hash");
            long supervisor = operators.create(new NewOperator("boss", "Сидорова Мария", EnumSet.of(Role.SUPERVISOR),
                    false, false), "hash");
            long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individualWithSeedSnils());
            long mine = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Моя", RECEIVED));
            long free = cases.create(new NewCase(applicant, CaseKind.APPLICATION, "Ничья", RECEIVED.plusSeconds(1)));
            assertThat(cases.assign(mine, null, clerk)).isTrue();
            assertThat(cases.assign(mine, null, supervisor)).as("someone else took it first").isFalse();

            CaseQuery all = CaseQuery.firstPage();
            var minePage = cases.find(all.within(new CaseScope(clerk, false, null, null)));
            assertThat(minePage.rows()).extracting(CaseSummary::id).containsExactly(mine);
            assertThat(minePage.rows()).extracting(CaseSummary::assignee).containsExactly("Петрова Анна Сергеевна");
            assertThat(minePage.counts()).singleElement().satisfies(count -> assertThat(count.count()).isEqualTo(1));
            assertThat(cases.find(all.within(new CaseScope(null, true, null, null))).rows())
                    .extracting(CaseSummary::id).containsExactly(free);
            assertThat(cases.find(new CaseQuery(Set.of(), null, null, null, null, CaseSortColumn.ASSIGNEE, true, 0, 100))
                    .rows()).extracting(CaseSummary::id).containsExactly(mine, free);
            assertThat(new JooqAssignees(database.dsl()).assignable()).extracting(a -> a.fullName())
                    .containsExactly("Петрова Анна Сергеевна");
            assertThat(cases.state(mine).orElseThrow().assigneeId()).isEqualTo(clerk);
        }
    }
}

package org.griddesk.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.cases.CaseStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinePlannerTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 27); // a Friday
    private static final List<DeadlineRule> RULES = List.of(
            rule(1, DeadlineStage.MISSING_INFORMATION_NOTICE, null, null, null, 3, TermUnit.WORKING_DAYS),
            rule(2, DeadlineStage.CONTRACT_DOCUMENTS, CapacityBand.UP_TO_15, null, null, 10, TermUnit.WORKING_DAYS),
            rule(3, DeadlineStage.CONTRACT_DOCUMENTS, CapacityBand.FROM_15_TO_150, null, null, 11, TermUnit.WORKING_DAYS),
            rule(4, DeadlineStage.CONTRACT_DOCUMENTS, CapacityBand.FROM_150_TO_670, null, null, 20, TermUnit.WORKING_DAYS),
            rule(5, DeadlineStage.CONTRACT_DOCUMENTS, CapacityBand.FROM_670, null, null, 21, TermUnit.WORKING_DAYS),
            rule(6, DeadlineStage.CONTRACT_DOCUMENTS, null, null, true, 5, TermUnit.WORKING_DAYS),
            rule(7, DeadlineStage.CONTRACT_EXECUTION, CapacityBand.UP_TO_15, new BigDecimal("20"), null, 6, TermUnit.MONTHS),
            rule(8, DeadlineStage.CONTRACT_EXECUTION, CapacityBand.UP_TO_15, null, null, 12, TermUnit.MONTHS),
            rule(9, DeadlineStage.CONTRACT_EXECUTION, null, null, true, 15, TermUnit.WORKING_DAYS),
            new DeadlineRule(10, RequestKind.GRID_CONNECTION, DeadlineStage.CONTRACT_EXECUTION,
                    ApplicantType.LEGAL_ENTITY, CapacityBand.UP_TO_15, null, null, 4, TermUnit.MONTHS, "п. X", false, 0),
            new DeadlineRule(11, RequestKind.GRID_MESSAGE, DeadlineStage.ANSWER, null, null, null, null, 30,
                    TermUnit.CALENDAR_DAYS, "п. Y", true, 0));

    private final WorkingCalendar calendar = Calendars.calendar();
    private final DeadlinePlanner planner = new DeadlinePlanner(calendar, new DeadlineRules(RULES));

    private static DeadlineRule rule(long id, DeadlineStage stage, CapacityBand band, BigDecimal voltage, Boolean temporary,
                                     int term, TermUnit unit) {
        return new DeadlineRule(id, RequestKind.GRID_CONNECTION, stage, null, band, voltage, temporary, term, unit,
                "п. " + id, false, 0);
    }

    private static CaseCategory individual(String kilowatts, String kilovolts, boolean temporary) {
        return new CaseCategory(RequestKind.GRID_CONNECTION, ApplicantType.INDIVIDUAL,
                kilowatts == null ? null : new BigDecimal(kilowatts), kilovolts == null ? null : new BigDecimal(kilovolts),
                temporary);
    }

    @ParameterizedTest
    @CsvSource({"10, 2", "15, 2", "15.01, 3", "150, 3", "150.5, 4", "669.99, 4", "670, 5", "5000, 5"})
    void eachCapacityBandHasItsOwnRule(String kilowatts, long ruleId) {
        assertThat(new DeadlineRules(RULES).ruleFor(individual(kilowatts, null, false), DeadlineStage.CONTRACT_DOCUMENTS))
                .map(DeadlineRule::id).contains(ruleId);
        assertThat(CapacityBand.of(new BigDecimal(kilowatts)).title()).isNotBlank();
    }

    @Test
    void theNarrowestRuleWins() {
        DeadlineRules rules = new DeadlineRules(RULES);
        assertThat(rules.ruleFor(individual("10", "10", false), DeadlineStage.CONTRACT_EXECUTION)).map(DeadlineRule::id).contains(7L);
        assertThat(rules.ruleFor(individual("10", "35", false), DeadlineStage.CONTRACT_EXECUTION)).map(DeadlineRule::id).contains(8L);
        assertThat(rules.ruleFor(individual("10", null, false), DeadlineStage.CONTRACT_EXECUTION)).map(DeadlineRule::id).contains(8L);
        assertThat(rules.ruleFor(individual("10", "10", true), DeadlineStage.CONTRACT_EXECUTION)).map(DeadlineRule::id).contains(9L);
        assertThat(rules.ruleFor(new CaseCategory(RequestKind.GRID_CONNECTION, ApplicantType.LEGAL_ENTITY,
                BigDecimal.TEN, null, false), DeadlineStage.CONTRACT_EXECUTION)).map(DeadlineRule::id).contains(10L);
        // Capacity unknown: no band rule applies, and there is no rule without a band for this stage.
        assertThat(rules.ruleFor(individual(null, null, false), DeadlineStage.CONTRACT_DOCUMENTS)).isEmpty();
    }

    @Test
    void onArrivalTheNoticeClockRunsFromTheDayOfReceipt() {
        DeadlineStep step = planner.statusChanged(individual("10", null, false), null, CaseStatuses.INITIAL, RECEIVED, RECEIVED);
        assertThat(step.finished()).isNull();
        assertThat(step.current().stage()).isEqualTo(DeadlineStage.MISSING_INFORMATION_NOTICE);
        assertThat(step.current().dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(step.notes()).singleElement().satisfies(note -> {
            assertThat(note.what()).contains("установлен", "3 раб. дн.", "27.11.2026", "п. 1");
            assertThat(note.after()).isEqualTo("02.12.2026");
        });
    }

    @Test
    void reviewEndsTheNoticeOnTimeAndCountsTheOfferFromReceipt() {
        CaseDeadline notice = arrived(individual("10", null, false));
        DeadlineStep step = planner.statusChanged(individual("10", null, false), notice, StageStatuses.UNDER_REVIEW,
                RECEIVED, LocalDate.of(2026, 12, 1));
        assertThat(step.finished().missed()).isFalse();
        assertThat(step.finished().finishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(step.current().stage()).isEqualTo(DeadlineStage.CONTRACT_DOCUMENTS);
        assertThat(step.current().dueOn()).isEqualTo(calendar.plusWorkingDays(RECEIVED, 10)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(step.notes()).extracting(DeadlineNote::what).anyMatch(what -> what.contains("соблюдён"));
    }

    @Test
    void aStageEndedAfterItsDueDateIsRecordedAsMissed() {
        CaseDeadline notice = arrived(individual("10", null, false));
        DeadlineStep step = planner.statusChanged(individual("10", null, false), notice, StageStatuses.UNDER_REVIEW,
                RECEIVED, LocalDate.of(2026, 12, 3));
        assertThat(step.finished().missed()).isTrue();
        assertThat(step.notes()).extracting(DeadlineNote::what).anyMatch(what -> what.contains("нарушен"));
    }

    @Test
    void theClockStopsWhileWaitingForTheApplicantAndRunsOnByTheWorkingDaysItStood() {
        CaseCategory category = individual("10", null, false);
        DeadlineStep asked = planner.statusChanged(category, arrived(category), StageStatuses.WAITING_FOR_APPLICANT,
                RECEIVED, LocalDate.of(2026, 11, 30));
        CaseDeadline stopped = asked.current();
        assertThat(stopped.stage()).isEqualTo(DeadlineStage.CONTRACT_DOCUMENTS);
        assertThat(stopped.pausedSince()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(stopped.dueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(asked.notes()).extracting(DeadlineNote::what).anyMatch(what -> what.contains("приостановлен"));

        // Answered on Monday 07.12: it stood 5 working days (01.12–07.12), so 11.12 becomes 18.12.
        DeadlineStep answered = planner.applicantAnswered(withId(stopped), LocalDate.of(2026, 12, 7));
        assertThat(answered.current().paused()).isFalse();
        assertThat(answered.current().dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(answered.notes()).singleElement().satisfies(note -> {
            assertThat(note.what()).contains("возобновлён", "заявитель ответил", "5 раб. дн.");
            assertThat(note.after()).isEqualTo("18.12.2026");
        });
        assertThat(planner.applicantAnswered(answered.current(), LocalDate.of(2026, 12, 8)).changed()).isFalse();
    }

    @Test
    void aStatusChangeOutOfThePauseRunsTheClockOnToo() {
        CaseCategory category = individual("10", null, false);
        CaseDeadline stopped = withId(planner.statusChanged(category, arrived(category),
                StageStatuses.WAITING_FOR_APPLICANT, RECEIVED, LocalDate.of(2026, 11, 30)).current());
        DeadlineStep step = planner.statusChanged(category, stopped, StageStatuses.PREPARING_OFFER, RECEIVED,
                LocalDate.of(2026, 12, 2));
        assertThat(step.finished()).isNull();
        assertThat(step.current().dueOn()).isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 12, 11), 2));
    }

    @Test
    void executionRunsInMonthsFromTheDayItStartsAndTemporaryConnectionInWorkingDays() {
        CaseCategory category = individual("12", "10", false);
        CaseDeadline offer = new CaseDeadline(5, DeadlineStage.CONTRACT_DOCUMENTS, 2L, RECEIVED,
                LocalDate.of(2026, 12, 11), null, null, false);
        DeadlineStep step = planner.statusChanged(category, offer, StageStatuses.CONTRACT_EXECUTION, RECEIVED,
                LocalDate.of(2026, 12, 10));
        assertThat(step.current().startedOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(step.current().dueOn()).isEqualTo(LocalDate.of(2027, 6, 10));

        DeadlineStep temporary = planner.statusChanged(individual("12", "10", true), offer,
                StageStatuses.CONTRACT_EXECUTION, RECEIVED, LocalDate.of(2026, 12, 10));
        assertThat(temporary.current().dueOn()).isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 12, 10), 15));
    }

    @Test
    void aClosingStatusEndsTheStageAndStartsNone() {
        CaseCategory category = individual("10", null, false);
        DeadlineStep step = planner.statusChanged(category, withId(arrived(category)), "Заявка аннулирована", RECEIVED,
                RECEIVED.plusDays(1));
        assertThat(step.finished()).isNotNull();
        assertThat(step.current()).isNull();
    }

    @Test
    void withoutARuleTheHistorySaysSoAndNoDeadlineRuns() {
        DeadlineStep step = planner.statusChanged(individual(null, null, false), withId(arrived(individual(null, null, false))),
                StageStatuses.UNDER_REVIEW, RECEIVED, RECEIVED);
        assertThat(step.current()).isNull();
        assertThat(step.notes()).extracting(DeadlineNote::what).anyMatch(what -> what.contains("не установлен"));
    }

    @Test
    void messagesAreAnsweredInCalendarDays() {
        CaseCategory message = new CaseCategory(RequestKind.GRID_MESSAGE, ApplicantType.INDIVIDUAL, null, null, false);
        DeadlineStep step = planner.statusChanged(message, null, CaseStatuses.INITIAL, RECEIVED, RECEIVED);
        assertThat(step.current().dueOn()).isEqualTo(RECEIVED.plusDays(30));
        DeadlineStep stopped = planner.statusChanged(message, withId(step.current()), StageStatuses.WAITING_FOR_APPLICANT,
                RECEIVED, RECEIVED.plusDays(2));
        DeadlineStep resumed = planner.applicantAnswered(withId(stopped.current()), RECEIVED.plusDays(9));
        assertThat(resumed.current().dueOn()).isEqualTo(RECEIVED.plusDays(37));
    }

    private CaseDeadline arrived(CaseCategory category) {
        return planner.statusChanged(category, null, CaseStatuses.INITIAL, RECEIVED, RECEIVED).current();
    }

    private static CaseDeadline withId(CaseDeadline deadline) {
        return new CaseDeadline(42, deadline.stage(), deadline.ruleId(), deadline.startedOn(), deadline.dueOn(),
                deadline.pausedSince(), deadline.finishedOn(), deadline.missed());
    }
}

package org.griddesk.core.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.testing.InMemoryCases;
import org.griddesk.core.testing.InMemoryDeadlines;
import org.junit.jupiter.api.Test;

/** A clerk's status change moves the case's deadline in the same change, and the history says why. */
class DeadlineServiceTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T07:00:00Z");
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines()
            .withRule(new DeadlineRule(1, RequestKind.GRID_CONNECTION, DeadlineStage.MISSING_INFORMATION_NOTICE, null,
                    null, null, null, 3, TermUnit.WORKING_DAYS, "п. 15", true, 0));
    private final DeadlineService service = new DeadlineService(deadlines, cases, deadlines, deadlines, direct, clock,
            new org.griddesk.core.jobs.JobLock() {
                @Override
                public boolean tryAcquire(String job, String holder, java.time.Duration lease, Instant now) {
                    return true;
                }

                @Override
                public void release(String job, String holder) {
                }
            }, "test");
    private final CaseService caseService = new CaseService(cases, cases, () -> CaseStatuses.SEEDED,
            html -> new SanitizedHtml(html, html), direct, clock, CaseNotifier.NONE, AuditTrail.NONE,
            AccessControl.asGiven(), CaseDictionaries.DEFAULT, service);
    private final Operator clerk = new Operator(7, "clerk", "Петрова Анна Сергеевна", Set.of(Role.CLERK), false, true, false);

    @Test
    void arrivalsArePlannedOnceByTheCatchUp() {
        long caseId = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", RECEIVED));
        deadlines.addCase(caseId, CaseStatuses.INITIAL, RECEIVED);
        assertThat(service.catchUp()).isEqualTo(1);
        assertThat(service.catchUp()).isZero();
        assertThat(deadlines.stagesOf(caseId)).singleElement().satisfies(stage -> {
            assertThat(stage.stage()).isEqualTo(DeadlineStage.MISSING_INFORMATION_NOTICE);
            assertThat(stage.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        });
        assertThat(cases.load(caseId).orElseThrow().history()).extracting(CaseChange::operator)
                .containsExactly(DeadlineService.SYSTEM);
    }

    @Test
    void aStatusChangeEndsTheStageInTheSameChangeAndTheHistoryTellsTheOutcome() {
        long caseId = cases.create(new NewCase(1, CaseKind.APPLICATION, "Заявка", RECEIVED));
        deadlines.addCase(caseId, CaseStatuses.INITIAL, RECEIVED);
        service.catchUp();
        caseService.saveStatusAndNumber(clerk, caseId, 0, StageStatuses.UNDER_REVIEW, null);
        assertThat(deadlines.stagesOf(caseId)).singleElement().satisfies(stage -> {
            assertThat(stage.finishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(stage.missed()).isFalse();
        });
        // No contract-documents rule in this table: the history says the stage has no deadline.
        assertThat(cases.load(caseId).orElseThrow().history()).extracting(CaseChange::what)
                .anyMatch(what -> what.contains("соблюдён"))
                .anyMatch(what -> what.contains("не установлен"))
                .contains("Текущий статус");
        assertThat(cases.load(caseId).orElseThrow().history()).filteredOn(change -> change.what().contains("соблюдён"))
                .extracting(CaseChange::operator).containsExactly(clerk.fullName());
    }
}

package org.griddesk.core.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.griddesk.core.cases.CaseChange;
import org.griddesk.core.cases.CaseRepository;
import org.griddesk.core.cases.StatusChangeListener;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.jobs.JobLock;

/**
 * Keeps every case's deadline in step with its status: planned on arrival, moved on each status change, stopped and
 * run on around the applicant's answer, each change a line of the case history. Status changes call it inside their
 * own transaction; arrivals and answers the portal wrote are picked up by {@link #catchUp()}.
 */
public class DeadlineService implements StatusChangeListener, ExecutionTerms {
    /** Who the history names for changes no clerk made (arrivals and answers written by the portal). */
    public static final String SYSTEM = "Служебное задание";
    public static final String JOB = "deadline-catch-up";
    private static final int BATCH = 500;
    private static final int MAX_BATCHES = 20;
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(5);

    private final CaseDeadlines deadlines;
    private final CaseRepository cases;
    private final ProductionCalendar calendar;
    private final DeadlineRuleTable rules;
    private final Transactions transactions;
    private final Clock clock;
    private final JobLock lock;
    private final String workstation;

    /** {@code lock} lets one workstation of many catch up at a time, as {@code workstation}. */
    public DeadlineService(CaseDeadlines deadlines, CaseRepository cases, ProductionCalendar calendar,
                           DeadlineRuleTable rules, Transactions transactions, Clock clock, JobLock lock,
                           String workstation) {
        this.lock = lock;
        this.workstation = workstation;
        this.deadlines = deadlines;
        this.cases = cases;
        this.calendar = calendar;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The calendar as it stands now: the queue counts «осталось N раб. дн.» with it. */
    public WorkingCalendar workingCalendar() {
        return new WorkingCalendar(calendar.days());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The due date of the case's contract execution stage, running or ended. */
    @Override
    public Optional<LocalDate> plannedCompletion(long caseId) {
        return deadlines.planned(caseId).map(CaseDeadlines.PlannedCase::current)
                .filter(current -> current != null && current.stage() == DeadlineStage.CONTRACT_EXECUTION)
                .map(CaseDeadline::dueOn);
    }

    /** Inside the caller's transaction: the case's status is now {@code status}, changed by {@code operator}. */
    @Override
    public void statusChanged(long caseId, String status, String operator, Instant at) {
        deadlines.planned(caseId).ifPresent(planned -> {
            DeadlineStep step = planner().statusChanged(planned.category(), planned.current(), status,
                    day(planned.receivedAt()), day(at));
            if (step.changed()) {
                store(caseId, step, operator, at);
            }
        });
    }

    /**
     * Plans the cases the portal sent since the last look and runs on the clocks of those whose applicant answered;
     * each case its own transaction. Returns how many cases it changed.
     */
    public int catchUp() {
        if (!lock.tryAcquire(JOB, workstation, LEASE, clock.instant())) {
            return 0;
        }
        try {
            int changed = 0;
            DeadlinePlanner planner = planner();
            // Bounded well inside the lease: a database upgraded with a million unplanned cases catches up over runs.
            List<Long> unplanned = List.of();
            for (int batch = 0; batch < MAX_BATCHES && (batch == 0 || unplanned.size() == BATCH); batch++) {
                unplanned = deadlines.unplanned(BATCH);
                for (long caseId : unplanned) {
                    changed += transactions.inTransaction(() -> planArrival(planner, caseId)) ? 1 : 0;
                }
            }
            for (CaseDeadlines.ApplicantAnswer answer : deadlines.answeredWhilePaused(BATCH)) {
                changed += transactions.inTransaction(() -> runOn(planner, answer)) ? 1 : 0;
            }
            return changed;
        } finally {
            lock.release(JOB, workstation);
        }
    }

    private boolean planArrival(DeadlinePlanner planner, long caseId) {
        Optional<CaseDeadlines.PlannedCase> found = deadlines.planned(caseId);
        if (found.isEmpty()) {
            return false;
        }
        CaseDeadlines.PlannedCase planned = found.get();
        Instant now = clock.instant();
        DeadlineStep step = planner.statusChanged(planned.category(), planned.current(), planned.status(),
                day(planned.receivedAt()), day(planned.receivedAt()));
        store(caseId, step, SYSTEM, now);
        return true;
    }

    private boolean runOn(DeadlinePlanner planner, CaseDeadlines.ApplicantAnswer answer) {
        Optional<CaseDeadlines.PlannedCase> found = deadlines.planned(answer.caseId());
        if (found.isEmpty() || found.get().current() == null || !found.get().current().paused()) {
            return false;
        }
        DeadlineStep step = planner.applicantAnswered(found.get().current(), day(answer.answeredAt()));
        store(answer.caseId(), step, SYSTEM, clock.instant());
        return step.changed();
    }

    private void store(long caseId, DeadlineStep step, String operator, Instant at) {
        deadlines.store(caseId, step, at);
        for (DeadlineNote note : step.notes()) {
            cases.appendHistory(caseId, new CaseChange(at, operator, note.what(), note.before(), note.after()));
        }
    }

    private DeadlinePlanner planner() {
        return new DeadlinePlanner(workingCalendar(), new DeadlineRules(rules.all()));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}

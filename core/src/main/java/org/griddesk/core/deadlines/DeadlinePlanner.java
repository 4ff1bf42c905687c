package org.griddesk.core.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deadline rules at work: which stage a status starts, its due date from the rule and the production calendar,
 * the clock stopped while the applicant is asked for something and run on (by the days it stood) when they answer.
 * Pure logic; the caller stores the {@link DeadlineStep} in the change's transaction.
 */
public final class DeadlinePlanner {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String STOPPED = "приостановлен";

    private final WorkingCalendar calendar;
    private final DeadlineRules rules;

    public DeadlinePlanner(WorkingCalendar calendar, DeadlineRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /**
     * The case's status is now {@code status} (on arrival {@code current} is null). {@code receivedOn} is the day the
     * request came; {@code today} the day of the change.
     */
    public DeadlineStep statusChanged(CaseCategory category, CaseDeadline current, String status, LocalDate receivedOn,
                                      LocalDate today) {
        List<DeadlineNote> notes = new ArrayList<>();
        Optional<DeadlineStage> target = StageStatuses.stageOf(category.kind(), status);
        boolean pause = StageStatuses.pauses(status);
        CaseDeadline running = current;
        if (running != null && running.paused() && !pause) {
            running = resume(running, today, "статус «" + status + "»", notes);
        }
        CaseDeadline finished = null;
        if (running != null && (target.isEmpty() || target.get() != running.stage())) {
            finished = running.finishedOn(today);
            notes.add(new DeadlineNote("Срок «" + running.stage().title() + "» " + (finished.missed()
                    ? "нарушен: этап завершён с опозданием" : "соблюдён: этап завершён"),
                    DAY.format(running.dueOn()), "завершён " + DAY.format(today)));
            running = null;
        }
        if (running == null && target.isPresent()) {
            running = start(category, target.get(), StageStatuses.countedFromReceipt(target.get()) ? receivedOn : today,
                    notes).orElse(null);
        }
        if (running != null && pause && !running.paused()) {
            notes.add(new DeadlineNote("Срок «" + running.stage().title() + "» приостановлен: ожидание ответа заявителя",
                    DAY.format(running.dueOn()), STOPPED));
            running = running.pausedOn(today);
        }
        return new DeadlineStep(finished, running, notes);
    }

    /** The applicant answered while the clock stood: it runs again, the due date moved by the days it stood. */
    public DeadlineStep applicantAnswered(CaseDeadline current, LocalDate answeredOn) {
        if (current == null || !current.paused()) {
            return new DeadlineStep(null, current, List.of());
        }
        List<DeadlineNote> notes = new ArrayList<>();
        CaseDeadline resumed = resume(current, answeredOn, "заявитель ответил", notes);
        return new DeadlineStep(null, resumed, notes);
    }

    private Optional<CaseDeadline> start(CaseCategory category, DeadlineStage stage, LocalDate from,
                                         List<DeadlineNote> notes) {
        Optional<DeadlineRule> rule = rules.ruleFor(category, stage);
        if (rule.isEmpty()) {
            notes.add(new DeadlineNote("Срок «" + stage.title() + "» не установлен: нет правила для этой категории заявителя",
                    null, null));
            return Optional.empty();
        }
        LocalDate due = dueDate(rule.get(), from);
        notes.add(new DeadlineNote("Срок «" + stage.title() + "» установлен: " + rule.get().termText() + " с "
                + DAY.format(from) + " (" + rule.get().source() + ")", null, DAY.format(due)));
        return Optional.of(new CaseDeadline(0, stage, rule.get().id(), from, due, null, null, false));
    }

    public LocalDate dueDate(DeadlineRule rule, LocalDate from) {
        return switch (rule.unit()) {
            case WORKING_DAYS -> calendar.plusWorkingDays(from, rule.term());
            case CALENDAR_DAYS -> from.plusDays(rule.term());
            case MONTHS -> from.plusMonths(rule.term());
        };
    }

    /** Working-day terms move by the working days the clock stood; calendar terms by the calendar days. */
    private CaseDeadline resume(CaseDeadline paused, LocalDate on, String why, List<DeadlineNote> notes) {
        LocalDate due;
        String shift;
        if (isInWorkingDays(paused)) {
            int stood = Math.max(0, calendar.workingDaysBetween(paused.pausedSince(), on));
            due = calendar.plusWorkingDays(paused.dueOn(), stood);
            shift = stood + " раб. дн.";
        } else {
            long stood = Math.max(0, ChronoUnit.DAYS.between(paused.pausedSince(), on));
            due = paused.dueOn().plusDays(stood);
            shift = stood + " календ. дн.";
        }
        notes.add(new DeadlineNote("Срок «" + paused.stage().title() + "» возобновлён (" + why + "), продлён на " + shift,
                STOPPED + " с " + DAY.format(paused.pausedSince()), DAY.format(due)));
        return paused.resumedWith(due);
    }

    private boolean isInWorkingDays(CaseDeadline deadline) {
        return rules.all().stream().filter(rule -> deadline.ruleId() != null && rule.id() == deadline.ruleId())
                .findFirst().map(rule -> rule.unit() == TermUnit.WORKING_DAYS).orElse(true);
    }
}

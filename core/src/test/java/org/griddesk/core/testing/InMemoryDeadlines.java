package org.griddesk.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.deadlines.CalendarDay;
import org.griddesk.core.deadlines.CaseCategory;
import org.griddesk.core.deadlines.CaseDeadline;
import org.griddesk.core.deadlines.CaseDeadlines;
import org.griddesk.core.deadlines.DeadlineRule;
import org.griddesk.core.deadlines.DeadlineRuleTable;
import org.griddesk.core.deadlines.DeadlineStep;
import org.griddesk.core.deadlines.ProductionCalendar;
import org.griddesk.core.deadlines.RequestKind;

/** The deadline ports in memory: calendar, rule table and the stages of cases. */
public class InMemoryDeadlines implements ProductionCalendar, DeadlineRuleTable, CaseDeadlines {
    private final Map<LocalDate, CalendarDay> days = new TreeMap<>();
    private final List<DeadlineRule> rules = new ArrayList<>();
    private final Map<Long, List<CaseDeadline>> stages = new HashMap<>();
    private final Map<Long, PlannedCase> cases = new HashMap<>();
    private long nextId = 1;

    public InMemoryDeadlines withRule(DeadlineRule rule) {
        rules.add(rule);
        return this;
    }

    /** A grid-connection case of an individual, received at {@code receivedAt}, in {@code status}. */
    public void addCase(long caseId, String status, Instant receivedAt) {
        cases.put(caseId, new PlannedCase(caseId, new CaseCategory(RequestKind.GRID_CONNECTION, ApplicantType.INDIVIDUAL,
                null, null, false), status, receivedAt, null));
    }

    public List<CaseDeadline> stagesOf(long caseId) {
        return stages.getOrDefault(caseId, List.of());
    }

    @Override
    public List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    @Override
    public void save(CalendarDay day) {
        days.put(day.date(), day);
    }

    @Override
    public boolean delete(LocalDate date) {
        return days.remove(date) != null;
    }

    @Override
    public List<DeadlineRule> all() {
        return List.copyOf(rules);
    }

    @Override
    public boolean update(DeadlineRule rule) {
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule stored = rules.get(i);
            if (stored.id() == rule.id() && stored.version() == rule.version()) {
                rules.set(i, new DeadlineRule(rule.id(), rule.kind(), rule.stage(), rule.applicantType(), rule.band(),
                        rule.voltageUpToKv(), rule.temporary(), rule.term(), rule.unit(), rule.source(), rule.toConfirm(),
                        rule.version() + 1));
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<PlannedCase> planned(long caseId) {
        PlannedCase planned = cases.get(caseId);
        if (planned == null) {
            return Optional.empty();
        }
        CaseDeadline open = stagesOf(caseId).stream().filter(CaseDeadline::open).findFirst().orElse(null);
        return Optional.of(new PlannedCase(caseId, planned.category(), planned.status(), planned.receivedAt(), open));
    }

    @Override
    public void store(long caseId, DeadlineStep step, Instant at) {
        List<CaseDeadline> list = stages.computeIfAbsent(caseId, id -> new ArrayList<>());
        for (CaseDeadline changed : java.util.stream.Stream.of(step.finished(), step.current())
                .filter(java.util.Objects::nonNull).toList()) {
            if (changed.id() == 0) {
                list.add(new CaseDeadline(nextId++, changed.stage(), changed.ruleId(), changed.startedOn(),
                        changed.dueOn(), changed.pausedSince(), changed.finishedOn(), changed.missed()));
            } else {
                list.replaceAll(old -> old.id() == changed.id() ? changed : old);
            }
        }
    }

    @Override
    public List<Long> unplanned(int limit) {
        return cases.keySet().stream().filter(id -> !stages.containsKey(id)).sorted().limit(limit).toList();
    }

    @Override
    public List<ApplicantAnswer> answeredWhilePaused(int limit) {
        return List.of();
    }
}

package org.griddesk.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;

/**
 * «Исполнитель»: a clerk takes a case; a supervisor gives cases to a clerk (or takes them back), one or many at once,
 * with the reason in each case's history. Many at once is one transaction: all are given or none.
 */
public class CaseAssignment {
    static final String TAKEN_MEANWHILE = "Исполнитель обращения уже изменён другим пользователем. Обновите список "
            + "и повторите.";
    public static final int MAX_REASON = 500;

    private final CaseRepository cases;
    private final Assignees assignees;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccessControl access;

    public CaseAssignment(CaseRepository cases, Assignees assignees, Transactions transactions, Clock clock,
                          AuditTrail audit, AccessControl access) {
        this.cases = cases;
        this.assignees = assignees;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    public List<Assignee> assignees(Operator actor) {
        access.require(actor, Permission.VIEW_CASES);
        return assignees.assignable();
    }

    /** «Взять в работу»: the clerk becomes the case's «Исполнитель» if it has none yet. */
    public void take(Operator actor, long caseId) {
        access.require(actor, Permission.EDIT_CASES);
        transactions.run(() -> {
            CaseState current = state(caseId);
            if (current.assigneeId() != null) {
                if (current.assigneeId() == actor.id()) {
                    return;
                }
                throw new ValidationException("Обращение уже в работе у: " + nameOf(current.assigneeId())
                        + ". Передать его может руководитель.");
            }
            change(actor, current, actor.id(), actor.fullName(), "взято в работу");
        });
    }

    /** «Назначить исполнителя»: every case in {@code caseIds} to {@code assigneeId} (null: to no one). */
    public void assign(Operator actor, List<Long> caseIds, Long assigneeId, String reason) {
        access.require(actor, Permission.ASSIGN_CASES);
        if (caseIds.isEmpty()) {
            throw new ValidationException("Выберите обращения в списке");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new ValidationException("Укажите причину назначения");
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("Слишком длинный текст: не более " + MAX_REASON + " символов");
        }
        PlainText.refuseHidden(why, null);
        String name = assigneeId == null ? null : assignees.byId(assigneeId).filter(Assignee::assignable)
                .map(Assignee::fullName).orElseThrow(() -> new ValidationException("Этому пользователю нельзя назначать обращения: он отключён "
                        + "или не работает с обращениями"));
        transactions.run(() -> {
            for (long caseId : caseIds) {
                CaseState current = state(caseId);
                if (!Objects.equals(current.assigneeId(), assigneeId)) {
                    change(actor, current, assigneeId, name, why);
                }
            }
        });
    }

    private void change(Operator actor, CaseState current, Long assigneeId, String name, String why) {
        if (!cases.assign(current.id(), current.assigneeId(), assigneeId)) {
            throw new ConcurrentChangeException(TAKEN_MEANWHILE);
        }
        Instant now = clock.instant();
        String before = current.assigneeId() == null ? null : nameOf(current.assigneeId());
        String after = name == null ? "без исполнителя" : name;
        cases.appendHistory(current.id(), new CaseChange(now, actor.fullName(), "Исполнитель (" + why + ")", before, after));
        audit.record(actor, "Назначение исполнителя", current.registrationNumber() == null
                ? "Обращение без номера (id " + current.id() + ")" : "Обращение №" + current.registrationNumber(),
                before, after);
    }

    private String nameOf(long operatorId) {
        return assignees.byId(operatorId).map(Assignee::fullName).orElse("пользователь №" + operatorId);
    }

    private CaseState state(long caseId) {
        return cases.state(caseId).orElseThrow(() -> new NotFoundException("Обращение не найдено: возможно, оно удалено"));
    }
}

package org.griddesk.core.deadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.PlainText;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;

/**
 * The administrator's side of deadlines: the rule table and the production calendar, each change audited. New
 * terms apply to stages that start from then on; running deadlines keep the date they were given.
 */
public class DeadlineAdministration {
    static final String STALE_RULE = "Правило уже изменено другим администратором. Показаны актуальные данные.";
    private static final int MAX_TERM = 1000;

    private final DeadlineRuleTable rules;
    private final ProductionCalendar calendar;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final AccessControl access;

    public DeadlineAdministration(DeadlineRuleTable rules, ProductionCalendar calendar, AuditTrail audit,
                                  Transactions transactions, AccessControl access) {
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.transactions = transactions;
        this.access = access;
    }

    public List<DeadlineRule> rules(Operator actor) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return rules.all();
    }

    /** Term, unit, source and «уточнить» of {@code seen}, as changed by the administrator. */
    public List<DeadlineRule> updateRule(Operator actor, DeadlineRule seen, int term, TermUnit unit, String source,
                                         boolean toConfirm) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        if (term < 1 || term > MAX_TERM) {
            throw new ValidationException("Срок должен быть от 1 до " + MAX_TERM);
        }
        if (unit == null) {
            throw new ValidationException("Выберите единицу срока");
        }
        String point = source == null ? "" : source.trim();
        if (point.isEmpty()) {
            throw new ValidationException("Укажите пункт документа, из которого взят срок");
        }
        if (point.length() > DeadlineRule.MAX_SOURCE) {
            throw new ValidationException("Слишком длинный текст: не более " + DeadlineRule.MAX_SOURCE + " символов");
        }
        PlainText.refuseHidden(point, null);
        DeadlineRule changed = new DeadlineRule(seen.id(), seen.kind(), seen.stage(), seen.applicantType(), seen.band(),
                seen.voltageUpToKv(), seen.temporary(), term, unit, point, toConfirm, seen.version());
        transactions.run(() -> {
            if (!rules.update(changed)) {
                throw new ConcurrentChangeException(STALE_RULE);
            }
            audit.record(actor, "Изменение правила сроков", describe(seen), seen.termText() + " (" + seen.source() + ")"
                    + (seen.toConfirm() ? ", уточнить" : ""), changed.termText() + " (" + point + ")"
                    + (toConfirm ? ", уточнить" : ""));
        });
        return rules.all();
    }

    public List<CalendarDay> calendarDays(Operator actor) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        return sorted(calendar.days());
    }

    public List<CalendarDay> saveDay(Operator actor, LocalDate date, boolean working, String note) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        if (date == null) {
            throw new ValidationException("Укажите дату");
        }
        String text = note == null ? "" : note.trim();
        if (text.length() > CalendarDay.MAX_NOTE) {
            throw new ValidationException("Слишком длинный текст: не более " + CalendarDay.MAX_NOTE + " символов");
        }
        PlainText.refuseHidden(text, null);
        CalendarDay day = new CalendarDay(date, working, text);
        transactions.run(() -> {
            calendar.save(day);
            audit.record(actor, "Изменение производственного календаря", DeadlinePlanner.DAY.format(date), null,
                    (working ? "рабочий день" : "нерабочий день") + (text.isEmpty() ? "" : " — " + text));
        });
        return sorted(calendar.days());
    }

    public List<CalendarDay> deleteDay(Operator actor, LocalDate date) {
        access.require(actor, Permission.MANAGE_OPERATORS);
        transactions.run(() -> {
            if (calendar.delete(date)) {
                audit.record(actor, "Изменение производственного календаря", DeadlinePlanner.DAY.format(date),
                        "особый день", "обычный день недели");
            }
        });
        return sorted(calendar.days());
    }

    /** "Заявка на технологическое присоединение — Исполнение договора …, свыше 150 кВт и менее 670 кВт". */
    public static String describe(DeadlineRule rule) {
        StringBuilder text = new StringBuilder(rule.kind().title()).append(" — ").append(rule.stage().title());
        if (rule.applicantType() != null) {
            text.append(", ").append(rule.applicantType().title());
        }
        if (rule.band() != null) {
            text.append(", ").append(rule.band().title());
        }
        if (rule.voltageUpToKv() != null) {
            text.append(", до ").append(rule.voltageUpToKv().stripTrailingZeros().toPlainString()).append(" кВ");
        }
        if (Boolean.TRUE.equals(rule.temporary())) {
            text.append(", временное присоединение");
        }
        return text.toString();
    }

    private static List<CalendarDay> sorted(List<CalendarDay> days) {
        return days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }
}

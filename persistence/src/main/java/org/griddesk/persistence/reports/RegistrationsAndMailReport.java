package org.griddesk.persistence.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.reports.ReportColumn;
import org.griddesk.core.reports.ReportPeriod;
import org.griddesk.core.reports.ReportTable;
import org.griddesk.persistence.database.Timestamps;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;
import static org.griddesk.persistence.schema.Tables.AUDIT_UNSEALED;
import static org.griddesk.persistence.schema.Tables.MAIL_OUTBOX;
import static org.griddesk.persistence.schema.Tables.REGISTRATION;
import static org.griddesk.persistence.schema.Tables.REGISTRATION_HISTORY;

/**
 * Every outcome of both sections, zeros included, so the supervisor sees «Ошибка: 0» rather than nothing.
 * Registrations: the clerks' decisions in the period, by the history lines RegistrationService writes; an activation
 * window that ran out in the period counts whether the registration is still there or housekeeping has removed it
 * since (then only the audit trail remembers it, dated by the removal). Mail: the letters queued in the period, by
 * where each stands now, so that each letter counts once.
 */
final class RegistrationsAndMailReport {
    private static final String REGISTRATIONS = "Регистрации";
    private static final String MAIL = "Почта";
    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Раздел"), ReportColumn.text("Итог"),
            ReportColumn.integer("Количество"));
    private static final List<Decision> DECISIONS = List.of(
            new Decision("Подтверждение регистрации", "Подтверждено"),
            new Decision("Отклонение регистрации", "Отклонено"),
            new Decision("Запрос исправления", "Отправлено на исправление"));
    private static final String EXPIRED = "Срок активации истёк";
    private static final List<OutboxState> MAIL_STATES = List.of(OutboxState.SENT, OutboxState.FAILED,
            OutboxState.PENDING);

    /** A clerk's decision: the history line RegistrationService writes for it ({@code what}), and its title here. */
    private record Decision(String what, String outcome) {
    }

    private final DSLContext dsl;
    private final ReportPeriods periods;

    RegistrationsAndMailReport(DSLContext dsl, ReportPeriods periods) {
        this.dsl = dsl;
        this.periods = periods;
    }

    ReportTable table(ReportPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        Record decisions = dsl.select(DECISIONS.stream()
                        .map(decision -> DSL.count().filterWhere(REGISTRATION_HISTORY.WHAT.eq(decision.what()))).toList())
                .from(REGISTRATION_HISTORY)
                .where(periods.within(REGISTRATION_HISTORY.CHANGED_AT, period))
                .fetchSingle();
        for (int i = 0; i < DECISIONS.size(); i++) {
            rows.add(Arrays.asList(REGISTRATIONS, DECISIONS.get(i).outcome(), decisions.get(i, Long.class)));
        }
        rows.add(Arrays.asList(REGISTRATIONS, EXPIRED, expired(period)));
        Record mail = dsl.select(MAIL_STATES.stream()
                        .map(state -> DSL.count().filterWhere(MAIL_OUTBOX.STATE.eq(state.name()))).toList())
                .from(MAIL_OUTBOX)
                .where(periods.within(MAIL_OUTBOX.CREATED_AT, period))
                .fetchSingle();
        for (int i = 0; i < MAIL_STATES.size(); i++) {
            rows.add(Arrays.asList(MAIL, MAIL_STATES.get(i).title(), mail.get(i, Long.class)));
        }
        return new ReportTable(COLUMNS, rows);
    }

    /**
     * Registrations still unactivated whose window ended in the period (and before now), plus housekeeping's
     * removals in the period from both parts of the audit trail.
     */
    private long expired(ReportPeriod period) {
        Instant windowsFrom = periods.startOf(period.from()).toInstant().minus(Registration.ACTIVATION_WINDOW);
        Instant windowsTo = min(periods.startOf(period.to().plusDays(1)).toInstant(), Instant.now())
                .minus(Registration.ACTIVATION_WINDOW);
        Field<Integer> waiting = DSL.field(DSL.selectCount().from(REGISTRATION)
                .where(REGISTRATION.ACTIVATED_AT.isNull()
                        .and(REGISTRATION.REGISTERED_AT.ge(Timestamps.toColumn(windowsFrom)))
                        .and(REGISTRATION.REGISTERED_AT.lt(Timestamps.toColumn(windowsTo)))));
        Field<Integer> removed = DSL.field(DSL.selectCount().from(AUDIT_UNSEALED)
                .where(AUDIT_UNSEALED.ACTION.eq(Housekeeping.ACTION).and(periods.within(AUDIT_UNSEALED.AT, period))));
        Field<Integer> removedAndSealed = DSL.field(DSL.selectCount().from(AUDIT_RECORD)
                .where(AUDIT_RECORD.ACTION.eq(Housekeeping.ACTION).and(periods.within(AUDIT_RECORD.AT, period))));
        return dsl.select(waiting.plus(removed).plus(removedAndSealed)).fetchSingle(0, Long.class);
    }

    private static Instant min(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }
}

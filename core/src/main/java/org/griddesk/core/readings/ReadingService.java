package org.griddesk.core.readings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.griddesk.core.access.AccessControl;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Permission;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.common.ValidationException;

/**
 * Meter readings (§2.9, §2.12): a clerk enters what a customer says on the phone (within the branch's window, by
 * the seed's rules), and works the acceptance queue — accepts, corrects with a reason, or rejects with one; the
 * owner is told by e-mail of a correction or a rejection. The last reading of a window replaces earlier ones.
 * Customers' notices of a faulty meter are answered here too.
 */
public final class ReadingService {
    private final ReadingRepository readings;
    private final ReadingNotifier notifier;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Transactions transactions;
    private final Clock clock;

    public ReadingService(ReadingRepository readings, ReadingNotifier notifier, AuditTrail audit, AccessControl access,
                          Transactions transactions, Clock clock) {
        this.readings = readings;
        this.notifier = notifier;
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<PendingReading> pending(Operator actor, int limit) {
        access.require(actor, Permission.VIEW_CASES);
        return readings.pending(limit);
    }

    /** A reading the clerk took ({@link ReadingChannel#PHONE} or {@link ReadingChannel#CLERK}); checked, then queued. */
    public Reading enter(Operator actor, long meterId, ReadingChannel channel, BigDecimal value, boolean rollover) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        if (value == null) {
            throw new ValidationException("Введите показание");
        }
        return transactions.inTransaction(() -> {
            MeterContext meter = context(meterId);
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone());
            if (channel.withinWindowOnly() && !meter.window().contains(today)) {
                throw new ValidationException(meter.window().closedMessage());
            }
            BigDecimal previous = readings.lastBilled(meterId, -1).map(Reading::acceptedValue).orElse(null);
            ReadingRules.consumption(previous, value, meter.meter().digits(), rollover);
            long id = readings.insert(meterId, now, channel, value, rollover);
            replaceOthers(meter, now, id, clerk, now);
            audit.record(clerk, "Передано показание (" + channel.title() + ")", subject(meter), null, value.toPlainString());
            return readings.find(id).orElseThrow();
        });
    }

    /** Accepted as given; consumption from the previous billed reading. */
    public Reading accept(Operator actor, long readingId, long seenVersion) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        return transactions.inTransaction(() -> {
            Reading reading = submitted(readingId, seenVersion);
            MeterContext meter = context(reading.meterId());
            BigDecimal consumption = consumption(reading, meter, reading.value(), reading.rollover());
            decide(reading, meter, ReadingState.ACCEPTED, reading.value(), consumption, null, clerk);
            audit.record(clerk, "Показание принято к расчёту", subject(meter), null, reading.value().toPlainString());
            return readings.find(readingId).orElseThrow();
        });
    }

    /** Accepted with the clerk's value (a misread digit, a rollover the customer could not say); audited, owner told. */
    public Reading correct(Operator actor, long readingId, long seenVersion, BigDecimal value, boolean rollover,
                           String reason) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        String why = reason(reason, "Укажите причину исправления");
        if (value == null) {
            throw new ValidationException("Введите исправленное показание");
        }
        return transactions.inTransaction(() -> {
            Reading reading = submitted(readingId, seenVersion);
            MeterContext meter = context(reading.meterId());
            BigDecimal consumption = consumption(reading, meter, value, rollover);
            decide(reading, meter, ReadingState.CORRECTED, value, consumption, why, clerk);
            audit.record(clerk, "Показание исправлено: " + why, subject(meter), reading.value().toPlainString(),
                    value.toPlainString());
            notifier.corrected(meter, value.toPlainString(), why);
            return readings.find(readingId).orElseThrow();
        });
    }

    public Reading reject(Operator actor, long readingId, long seenVersion, String reason) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        String why = reason(reason, "Укажите причину, по которой показание не принято");
        return transactions.inTransaction(() -> {
            Reading reading = submitted(readingId, seenVersion);
            MeterContext meter = context(reading.meterId());
            decide(reading, meter, ReadingState.REJECTED, null, null, why, clerk);
            audit.record(clerk, "Показание не принято", subject(meter), reading.value().toPlainString(), why);
            notifier.rejected(meter, reading.value().toPlainString(), why);
            return readings.find(readingId).orElseThrow();
        });
    }

    public List<PendingFault> pendingFaults(Operator actor, int limit) {
        access.require(actor, Permission.VIEW_CASES);
        return readings.pendingFaults(limit);
    }

    /** The clerk's answer to a fault notice (an engineer's visit, a replacement): audited, e-mailed to the owner. */
    public FaultNotice answerFault(Operator actor, long faultId, long seenVersion, String answer) {
        Operator clerk = access.require(actor, Permission.EDIT_CASES);
        String text = reason(answer, "Напишите ответ заявителю");
        return transactions.inTransaction(() -> {
            FaultNotice notice = readings.findFault(faultId)
                    .orElseThrow(() -> new NotFoundException("Уведомление о неисправности не найдено"));
            if (notice.version() != seenVersion || notice.state() != FaultState.NEW
                    || !readings.answerFault(faultId, seenVersion, text, clerk.fullName(), clock.instant())) {
                throw new ConcurrentChangeException("На уведомление уже ответил другой сотрудник");
            }
            MeterContext meter = context(notice.meterId());
            audit.record(clerk, "Ответ на уведомление о неисправности прибора учёта", subject(meter), null, text);
            notifier.faultAnswered(meter, text);
            return readings.findFault(faultId).orElseThrow();
        });
    }

    /**
     * Checks against the previous billed reading and that no later reading of the same window waits (the last one
     * counts); earlier ones of the window are replaced by this one.
     */
    private BigDecimal consumption(Reading reading, MeterContext meter, BigDecimal value, boolean rollover) {
        BigDecimal previous = readings.lastBilled(reading.meterId(), reading.id()).map(Reading::acceptedValue).orElse(null);
        BigDecimal consumption = ReadingRules.consumption(previous, value, meter.meter().digits(), rollover);
        Instant[] window = window(meter, reading.submittedAt());
        List<Reading> waiting = readings.submittedBetween(reading.meterId(), window[0], window[1]);
        if (!waiting.isEmpty() && waiting.getLast().id() != reading.id()) {
            throw new ValidationException("За этот период передано более позднее показание ("
                    + waiting.getLast().value().toPlainString() + "): в расчёт идёт последнее");
        }
        return consumption;
    }

    /** The other readings of the window {@code submittedAt} falls in, still waiting, give way to the kept one. */
    private void replaceOthers(MeterContext meter, Instant submittedAt, long keptId, Operator clerk, Instant at) {
        Instant[] window = window(meter, submittedAt);
        List<Long> others = readings.submittedBetween(meter.meter().id(), window[0], window[1]).stream()
                .map(Reading::id).filter(id -> id != keptId).toList();
        if (!others.isEmpty()) {
            readings.replace(others, clerk.fullName(), at);
        }
    }

    /** The window (from its first day to the next month's opening) a moment falls in. */
    private Instant[] window(MeterContext meter, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone());
        LocalDate opening = meter.window().opening(day);
        if (day.isBefore(opening)) {
            opening = meter.window().opening(day.minusMonths(1));
        }
        return new Instant[] {opening.atStartOfDay(zone()).toInstant(),
                opening.plusMonths(1).atStartOfDay(zone()).toInstant()};
    }

    private void decide(Reading reading, MeterContext meter, ReadingState state, BigDecimal acceptedValue,
                        BigDecimal consumption, String reason, Operator clerk) {
        Instant now = clock.instant();
        if (!readings.decide(reading.id(), reading.version(), state, acceptedValue, consumption, reason,
                clerk.fullName(), now)) {
            throw new ConcurrentChangeException("Показание уже рассмотрел другой сотрудник");
        }
        replaceOthers(meter, reading.submittedAt(), reading.id(), clerk, now);
    }

    private Reading submitted(long readingId, long seenVersion) {
        Reading reading = readings.find(readingId).orElseThrow(() -> new NotFoundException("Показание не найдено"));
        if (reading.version() != seenVersion || reading.state() != ReadingState.SUBMITTED) {
            throw new ConcurrentChangeException("Показание уже рассмотрел другой сотрудник: " + reading.state().title());
        }
        return reading;
    }

    private MeterContext context(long meterId) {
        return readings.context(meterId).orElseThrow(() -> new NotFoundException("Прибор учёта не найден"));
    }

    private static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(missing);
        }
        if (reason.strip().length() > 1000) {
            throw new ValidationException("Причина длиннее 1000 символов");
        }
        return reason.strip();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String subject(MeterContext meter) {
        return "Лицевой счёт № " + meter.accountNumber() + ", прибор учёта № " + meter.meter().serialNumber();
    }
}

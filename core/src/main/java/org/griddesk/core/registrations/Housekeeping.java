package org.griddesk.core.registrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.griddesk.core.audit.AuditLog;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.jobs.JobLock;

/**
 * Removes registrations not activated within 24 hours (seed 000), one workstation at a time. Each removal is its
 * own transaction with an audit entry that names the number, type and time but no personal data, because the
 * point of removing is that those data are gone.
 */
public class Housekeeping {
    public static final String JOB = "registration-housekeeping";
    public static final String ACTOR = "Служебное задание";
    public static final String ACTION = "Удаление неактивированной регистрации";
    /** Far longer than a run takes; a crashed workstation blocks the job at most this long. */
    static final Duration LEASE = Duration.ofMinutes(15);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RegistrationRepository registrations;
    private final AuditLog audit;
    private final JobLock lock;
    private final Transactions transactions;
    private final Clock clock;
    private final String workstation;

    /** {@code clock}'s zone is the one the audit entry's times are written in. */
    public Housekeeping(RegistrationRepository registrations, AuditLog audit, JobLock lock, Transactions transactions,
                        Clock clock, String workstation) {
        this.registrations = registrations;
        this.audit = audit;
        this.lock = lock;
        this.transactions = transactions;
        this.clock = clock;
        this.workstation = workstation;
    }

    public HousekeepingReport run() {
        if (!lock.tryAcquire(JOB, workstation, LEASE, clock.instant())) {
            return HousekeepingReport.busy();
        }
        try {
            int removed = 0;
            for (Registration expired : registrations.findActivationExpired(clock.instant())) {
                if (remove(expired.id())) {
                    removed++;
                }
            }
            return new HousekeepingReport(true, removed);
        } finally {
            lock.release(JOB, workstation);
        }
    }

    /** Looks again inside the transaction: the applicant may have activated a moment ago. */
    private boolean remove(long registrationId) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Registration current = registrations.findById(registrationId).orElse(null);
            if (current == null || current.activatedAt() != null || now.isBefore(current.activationDeadline())) {
                return false;
            }
            if (!registrations.delete(registrationId)) {
                return false;
            }
            audit.append(ACTOR + " (" + workstation + ")", ACTION, details(current));
            return true;
        });
    }

    /** "Удалена неактивированная регистрация №17 (Физическое лицо), зарегистрирована 24.11.2026 08:00". */
    String details(Registration registration) {
        return "Удалена неактивированная регистрация №" + registration.id() + " (" + registration.type().title()
                + "), зарегистрирована " + DAY_AND_TIME.format(registration.registeredAt().atZone(clock.getZone()));
    }
}

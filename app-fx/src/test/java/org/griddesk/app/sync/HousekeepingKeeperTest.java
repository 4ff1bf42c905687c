package org.griddesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.griddesk.core.applicants.ApplicantType;
import org.griddesk.core.audit.AuditEntry;
import org.griddesk.core.audit.AuditLog;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.jobs.JobLock;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.Housekeeping;
import org.griddesk.core.registrations.NewRegistration;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationForm;
import org.griddesk.core.testing.InMemoryApplicants;
import org.griddesk.core.testing.InMemoryRegistrations;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.DatabaseSettings;
import org.griddesk.persistence.registrations.JooqJobLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hourly housekeeping inside the application, taking turns through the database's job lock. */
class HousekeepingKeeperTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Duration NOW_AND_THEN = Duration.ofMillis(20);
    private static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    @TempDir
    Path home;
    private Database database;
    private final WatchedRegistrations registrations = new WatchedRegistrations();
    private final List<String> audited = new CopyOnWriteArrayList<>();
    private final AuditLog audit = new AuditLog() {
        @Override
        public void append(String actor, String action, String details) {
            audited.add(actor + ": " + details);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.of();
        }
    };

    @BeforeEach
    void openDatabase() {
        database = Database.open(DatabaseSettings.embeddedH2(home));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theScheduledRunRemovesRegistrationsNotActivatedInTime() {
        long expired = registrations.create(notActivated(NOW.minus(Duration.ofHours(30))));
        long waiting = registrations.create(notActivated(NOW.minus(Duration.ofHours(2))));

        try (HousekeepingKeeper keeper = new HousekeepingKeeper(housekeeping(new JooqJobLock(database.dsl()), "WS-A"))) {
            keeper.start(Duration.ZERO, Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> registrations.find(expired).isEmpty());
        }
        assertThat(registrations.find(waiting)).isPresent();
        assertThat(audited).singleElement().asString().startsWith("Служебное задание (WS-A): Удалена неактивированная "
                + "регистрация №" + expired);
        assertThat(new JooqJobLock(database.dsl()).tryAcquire(Housekeeping.JOB, "WS-B", Duration.ofMinutes(1), NOW))
                .as("the lease is given back after the run").isTrue();
    }

    @Test
    void twoWorkstationsNeverRunItAtTheSameTime() {
        registrations.create(notActivated(NOW.minus(Duration.ofHours(30))));
        RefusalCount lock = new RefusalCount(new JooqJobLock(database.dsl()));
        registrations.gate = new CountDownLatch(1);

        try (HousekeepingKeeper first = new HousekeepingKeeper(housekeeping(lock, "WS-A"));
             HousekeepingKeeper second = new HousekeepingKeeper(housekeeping(lock, "WS-B"))) {
            first.start(Duration.ZERO, NOW_AND_THEN);
            second.start(Duration.ZERO, NOW_AND_THEN);
            // One run is held inside its work while the other workstation's runs come and find the job taken.
            await().atMost(Duration.ofSeconds(10)).until(() -> registrations.inside.get() == 1 && lock.refused.get() >= 3);
            registrations.gate.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> registrations.runs.get() >= 5);
        }
        assertThat(registrations.mostAtOnce.get()).isEqualTo(1);
        assertThat(audited).hasSize(1);
    }

    private Housekeeping housekeeping(JobLock lock, String workstation) {
        return new Housekeeping(registrations, audit, lock, DIRECT, Clock.fixed(NOW, ZoneId.of("Europe/Moscow")),
                workstation);
    }

    private static NewRegistration notActivated(Instant registeredAt) {
        RegistrationForm form = new RegistrationForm(ApplicantType.INDIVIDUAL, "Туксин", "Артем", "Александрович",
                "tuksin_artem@yandex.ru", "+7-961-700-56-73", "049-114-804-49", null, null, null, null, null, null,
                false, null, null, null);
        return new NewRegistration(form, Consents.all(registeredAt), registeredAt, registeredAt.plusSeconds(60), null,
                null);
    }

    /** Registrations whose search for expired ones can be held, counting the runs inside it at once. */
    private static final class WatchedRegistrations extends InMemoryRegistrations {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger runs = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);

        WatchedRegistrations() {
            super(new InMemoryApplicants());
        }

        @Override
        public List<Registration> findActivationExpired(Instant now) {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                gate.await();
                synchronized (this) {
                    return super.findActivationExpired(now);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                inside.decrementAndGet();
                runs.incrementAndGet();
            }
        }

        synchronized Optional<Registration> find(long id) {
            return findById(id);
        }

        @Override
        public synchronized boolean delete(long registrationId) {
            return super.delete(registrationId);
        }
    }

    /** The real lock, counting the runs it turned away. */
    private record RefusalCount(JobLock lock, AtomicInteger refused) implements JobLock {
        RefusalCount(JobLock lock) {
            this(lock, new AtomicInteger());
        }

        @Override
        public boolean tryAcquire(String job, String holder, Duration lease, Instant now) {
            boolean taken = lock.tryAcquire(job, holder, lease, now);
            if (!taken) {
                refused.incrementAndGet();
            }
            return taken;
        }

        @Override
        public void release(String job, String holder) {
            lock.release(job, holder);
        }
    }
}

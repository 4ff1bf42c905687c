package org.griddesk.core.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.core.registrations.Forms.REGISTERED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.griddesk.core.audit.AuditEntry;
import org.griddesk.core.audit.AuditLog;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.jobs.JobLock;
import org.griddesk.core.testing.InMemoryApplicants;
import org.griddesk.core.testing.InMemoryRegistrations;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final InMemoryRegistrations registrations = new InMemoryRegistrations(new InMemoryApplicants());
    private final List<AuditEntry> audit = new ArrayList<>();
    /** The audit log's own clock (the database server's in production), set with the job's. */
    private Instant serverNow;
    private final AuditLog auditLog = new AuditLog() {
        @Override
        public void append(String actor, String action, String details) {
            audit.add(new AuditEntry(audit.size() + 1, serverNow, actor, action, details));
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return audit.reversed().stream().limit(limit).toList();
        }
    };
    private final List<String> lockCalls = new ArrayList<>();
    private String holder;

    private final JobLock lock = new JobLock() {
        @Override
        public boolean tryAcquire(String job, String candidate, Duration lease, Instant now) {
            lockCalls.add("acquire " + job + " " + candidate + " " + lease);
            if (holder != null && !holder.equals(candidate)) {
                return false;
            }
            holder = candidate;
            return true;
        }

        @Override
        public void release(String job, String candidate) {
            lockCalls.add("release " + job + " " + candidate);
            if (candidate.equals(holder)) {
                holder = null;
            }
        }
    };

    private Housekeeping housekeepingAt(Instant now) {
        serverNow = now;
        return new Housekeeping(registrations, auditLog, lock, DIRECT, Clock.fixed(now, MOSCOW), "WS-01");
    }

    @Test
    void removesOnlyRegistrationsNotActivatedWithin24HoursAndAuditsWithoutPersonalData() {
        Instant now = REGISTERED.plus(Duration.ofHours(30));
        long expired = registrations.create(Forms.notActivated(Forms.individual(), REGISTERED));
        long exactlyAtDeadline = registrations.create(Forms.notActivated(Forms.proxy(), now.minus(Duration.ofHours(24))));
        long stillWaiting = registrations.create(Forms.notActivated(Forms.legalEntity(),
                now.minus(Duration.ofHours(23)).minusSeconds(59 * 60)));
        long activated = registrations.create(Forms.activated(Forms.soleProprietor()));

        HousekeepingReport report = housekeepingAt(now).run();

        assertThat(report).isEqualTo(new HousekeepingReport(true, 2));
        assertThat(report.describe()).isEqualTo("Удалено неактивированных регистраций: 2");
        assertThat(registrations.findById(expired)).isEmpty();
        assertThat(registrations.findById(exactlyAtDeadline)).isEmpty();
        assertThat(registrations.findById(stillWaiting)).isPresent();
        assertThat(registrations.findById(activated)).isPresent();
        assertThat(registrations.history(expired)).isEmpty();
        assertThat(audit).extracting(AuditEntry::details).containsExactly(
                "Удалена неактивированная регистрация №" + expired + " (Физическое лицо), зарегистрирована 24.11.2026 08:00",
                "Удалена неактивированная регистрация №" + exactlyAtDeadline
                        + " (Представитель по доверенности), зарегистрирована 24.11.2026 14:00");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.at()).isEqualTo(now);
            assertThat(entry.actor()).isEqualTo("Служебное задание (WS-01)");
            assertThat(entry.action()).isEqualTo("Удаление неактивированной регистрации");
            assertThat(entry.details()).doesNotContain("Туксин", "Кравцова", "yandex", "961", "049");
        });
        assertThat(lockCalls).containsExactly("acquire registration-housekeeping WS-01 PT15M",
                "release registration-housekeeping WS-01");
    }

    @Test
    void doesNothingWhileAnotherWorkstationHoldsTheJob() {
        registrations.create(Forms.notActivated(Forms.individual(), REGISTERED));
        holder = "WS-02";

        HousekeepingReport report = housekeepingAt(REGISTERED.plus(Duration.ofDays(2))).run();

        assertThat(report.ran()).isFalse();
        assertThat(report.describe()).isEqualTo("Очистку регистраций сейчас выполняет другое рабочее место");
        assertThat(registrations.size()).isEqualTo(1);
        assertThat(audit).isEmpty();
        assertThat(holder).isEqualTo("WS-02");
        assertThat(lockCalls).containsExactly("acquire registration-housekeeping WS-01 PT15M");
    }

    @Test
    void releasesTheLockEvenWhenARemovalFails() {
        registrations.create(Forms.notActivated(Forms.individual(), REGISTERED));
        AuditLog broken = new AuditLog() {
            @Override
            public void append(String actor, String action, String details) {
                throw new IllegalStateException("диск переполнен");
            }

            @Override
            public List<AuditEntry> recent(int limit) {
                return List.of();
            }
        };
        Housekeeping housekeeping = new Housekeeping(registrations, broken, lock, DIRECT,
                Clock.fixed(REGISTERED.plus(Duration.ofDays(2)), MOSCOW), "WS-01");

        assertThatThrownBy(housekeeping::run).hasMessage("диск переполнен");
        assertThat(holder).isNull();
    }

    @Test
    void nothingToRemoveIsSaidSo() {
        assertThat(housekeepingAt(REGISTERED).run().describe()).isEqualTo("Неактивированных регистраций старше 24 часов нет");
    }
}

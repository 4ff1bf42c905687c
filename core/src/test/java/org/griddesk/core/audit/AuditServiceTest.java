package org.griddesk.core.audit;

import org.griddesk.core.access.AccessControl;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.griddesk.core.common.AccessDeniedException;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.testing.InMemoryAudit;
import org.griddesk.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditServiceTest {
    private static final Operator CLERK = new Operator(1, "ivanova", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private static final Operator ADMIN = new Operator(2, "admin", "Кузнецов Дмитрий", Set.of(Role.ADMIN), false, true, false);

    private final InMemoryAudit repository = new InMemoryAudit();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00.123456789Z"));
    private final AuditService audit = new AuditService(repository, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }, AccessControl.asGiven());

    {
        repository.serverClock = clock::instant;
    }

    @BeforeEach
    void fill() {
        for (int i = 1; i <= 5; i++) {
            audit.record(CLERK, "Текущий статус", "Обращение №" + (1000 + i), "Ожидание ответа электросетевой", "Принято");
            clock.advance(java.time.Duration.ofSeconds(1));
        }
        audit.append("Фоновая задача", "Удалена неактивированная регистрация", "№17 (Физическое лицо)");
        assertThat(repository.records).as("appended, not chained yet").isEmpty();
        assertThat(audit.seal()).isEqualTo(6);
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.recordsChecked()).isEqualTo(6);
        assertThat(result.describe()).isEqualTo("Журнал аудита цел: проверено записей — 6");
        assertThat(repository.records.get(1).previousHash()).isEqualTo(repository.records.get(0).hash());
        assertThat(repository.records.getFirst().actor()).isEqualTo("Иванова Мария (ivanova)");
    }

    @Test
    void aChangedRecordIsNamed() {
        AuditRecord third = repository.records.get(2);
        repository.records.set(2, new AuditRecord(third.seq(), third.at(), third.actor(), third.action(), third.subject(),
                third.before(), "Отклонено", third.previousHash(), third.hash()));
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(3);
        assertThat(audit.verify().describe()).isEqualTo("Журнал аудита нарушен: запись №3 — содержимое изменено после записи");
    }

    @Test
    void aRecordRehashedToHideAChangeBreaksTheNextLink() {
        AuditRecord third = repository.records.get(2);
        repository.records.set(2, AuditHashes.seal(third.seq(), third.at(), third.actor(), third.action(), third.subject(),
                third.before(), "Отклонено", third.previousHash()));
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void removedRecordsAreNoticedInTheMiddleAndAtTheEnd() {
        repository.records.remove(3);
        assertThat(audit.verify().describe()).contains("запись №4", "удалена");

        InMemoryAudit tail = repository;
        tail.records.clear();
        assertThat(audit.verify().describe()).contains("записи с №1 по №6 удалены");
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        assertThatThrownBy(() -> audit.find(CLERK, new AuditQuery(null, null, null, null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.find(ADMIN, new AuditQuery(null, null, null, null, 10))).hasSize(6);
        assertThat(audit.recent(2)).extracting(AuditEntry::action)
                .containsExactly("Удалена неактивированная регистрация", "Текущий статус");
    }
}

package org.griddesk.persistence.audit;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.audit.AuditQuery;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.audit.AuditRecord;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.schema.Tables.AUDIT_RECORD;

class JooqAuditRepositoryTest {
    private static final Operator ADMIN = new Operator(1, "admin", "Кузнецов Дмитрий", Set.of(Role.ADMIN), false, true, false);

    private static AuditService audit(Database database) {
        return new AuditService(new JooqAuditRepository(database.dsl(), ZoneOffset.UTC), new JooqTransactions(database.dsl()),
                AccessControl.asGiven());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void appendsFromManyThreadsFormOneIntactChain(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            AuditService audit = audit(database);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 6; thread++) {
                int t = thread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        audit.record(ADMIN, "Текущий статус", "Обращение №" + t + "-" + i, "Было «а»", "Стало «б»");
                        if (i % 5 == t % 5) {
                            audit.seal(); // sealers on several workstations at once take turns
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
            assertThat(audit.verify().intact()).as(audit.verify().describe()).isTrue();
            assertThat(audit.verify().recordsChecked()).isEqualTo(150);
            assertThat(audit.find(ADMIN, new AuditQuery(LocalDate.now(ZoneOffset.UTC), null, "кузнецов", "№3-", 100)))
                    .hasSize(25).allMatch(record -> record.subject().startsWith("Обращение №3-"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditInTheDatabaseIsFoundByTheVerifier(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            AuditService audit = audit(database);
            for (int i = 1; i <= 10; i++) {
                audit.record(ADMIN, "Сброс пароля", "Пользователь user" + i, null, null);
            }
            assertThat(audit.seal()).isEqualTo(10);
            database.dsl().update(AUDIT_RECORD).set(AUDIT_RECORD.SUBJECT, "Пользователь someone-else")
                    .where(AUDIT_RECORD.SEQ.eq(7L)).execute();
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(7);
            database.dsl().deleteFrom(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.ge(7L)).execute();
            assertThat(audit.verify().describe()).contains("записи с №7 по №10 удалены");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRolledBackChangeLeavesNoRecordAndTheChainKeepsAppendOrder(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            AuditService audit = audit(database);
            JooqTransactions transactions = new JooqTransactions(database.dsl());
            audit.record(ADMIN, "Первое", "Пользователь a", null, null);
            assertThatThrownBy(() -> transactions.run(() -> {
                audit.record(ADMIN, "Отменённое", "Пользователь b", null, null);
                throw new IllegalStateException("the change fails after its audit record");
            })).isInstanceOf(IllegalStateException.class);
            audit.record(ADMIN, "Второе", "Пользователь c", null, null);

            assertThat(audit.verify().describe()).isEqualTo("Журнал аудита цел: проверено записей — 2");
            assertThat(audit.find(ADMIN, new AuditQuery(null, null, null, null, 10)))
                    .extracting(AuditRecord::seq, AuditRecord::action)
                    .containsExactly(tuple(2L, "Второе"), tuple(1L, "Первое"));
            assertThat(audit.seal()).as("nothing left to seal").isZero();
        }
    }
}

package org.griddesk.persistence.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.common.NotFoundException;
import org.griddesk.core.notifications.MailMessage;
import org.griddesk.core.notifications.NotificationKind;
import org.griddesk.core.notifications.OutboxEntry;
import org.griddesk.core.notifications.OutboxQuery;
import org.griddesk.core.notifications.OutboxState;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.testing.TestData.T0;

class JooqOutboxTest {
    private static final Duration LEASE = Duration.ofMinutes(15);

    private static long enqueue(JooqOutbox outbox, String to, Instant at) {
        return outbox.enqueue(NotificationKind.CASE_STATUS_CHANGED, null,
                new MailMessage(to, "Изменён статус обращения «Заявка»", "Здравствуйте!\nСтатус изменён."), at);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsTheMessageAndItsProgress(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOutbox outbox = new JooqOutbox(database.dsl(), LEASE);
            long id = enqueue(outbox, "kravtsova@yandex.ru", T0);

            OutboxEntry queued = outbox.find(id).orElseThrow();
            assertThat(queued).isEqualTo(new OutboxEntry(id, NotificationKind.CASE_STATUS_CHANGED, null, "kravtsova@yandex.ru",
                    "Изменён статус обращения «Заявка»", "Здравствуйте!\nСтатус изменён.", OutboxState.PENDING, 0, T0,
                    null, T0, null));

            outbox.markRetry(id, 1, T0.plusSeconds(30), "Почтовый сервер недоступен");
            assertThat(outbox.find(id).orElseThrow()).satisfies(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
                assertThat(e.lastError()).isEqualTo("Почтовый сервер недоступен");
            });

            outbox.markSent(id, T0.plusSeconds(31));
            assertThat(outbox.find(id).orElseThrow()).satisfies(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.SENT);
                assertThat(e.attempts()).isEqualTo(2);
                assertThat(e.sentAt()).isEqualTo(T0.plusSeconds(31));
                assertThat(e.lastError()).isNull();
            });
            assertThat(outbox.find(id + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dueTakesPendingEntriesWhoseTimeHasComeOldestFirst(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOutbox outbox = new JooqOutbox(database.dsl(), LEASE);
            long later = enqueue(outbox, "later@example.ru", T0.plusSeconds(60));
            long first = enqueue(outbox, "first@example.ru", T0);
            long sent = enqueue(outbox, "sent@example.ru", T0);
            long failed = enqueue(outbox, "failed@example.ru", T0);
            long future = enqueue(outbox, "future@example.ru", T0.plusSeconds(3600));
            outbox.markSent(sent, T0);
            outbox.markFailed(failed, 1, "550 No such user");

            List<OutboxEntry> due = outbox.due(T0.plusSeconds(60), 10);

            assertThat(due).extracting(OutboxEntry::id).containsExactlyInAnyOrder(first, later);
            assertThat(due).allSatisfy(e -> assertThat(e.nextAttemptAt()).isEqualTo(T0.plusSeconds(60).plus(LEASE)));
            assertThat(outbox.find(future).orElseThrow().nextAttemptAt()).isEqualTo(T0.plusSeconds(3600));
            assertThat(outbox.due(T0.plusSeconds(60), 10)).as("claimed entries are not due again").isEmpty();
            assertThat(outbox.due(T0.plusSeconds(60).plus(LEASE), 10)).as("a lapsed claim frees the entries")
                    .extracting(OutboxEntry::id).containsExactlyInAnyOrder(first, later);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dueRespectsTheLimit(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOutbox outbox = new JooqOutbox(database.dsl(), LEASE);
            for (int i = 0; i < 5; i++) {
                enqueue(outbox, "user" + i + "@example.ru", T0.plusSeconds(i));
            }
            assertThat(outbox.due(T0.plusSeconds(10), 3)).extracting(OutboxEntry::to)
                    .containsExactly("user0@example.ru", "user1@example.ru", "user2@example.ru");
            assertThat(outbox.due(T0.plusSeconds(10), 3)).extracting(OutboxEntry::to)
                    .containsExactly("user3@example.ru", "user4@example.ru");
        }
    }

    /** Two workstations on one database ask at the same moment: every entry is delivered by exactly one. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoWorkstationsNeverClaimTheSameEntry(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            JooqOutbox setup = new JooqOutbox(database.dsl(), LEASE);
            Set<Long> all = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                all.add(enqueue(setup, "user" + i + "@example.ru", T0));
            }
            int workstations = 4;
            CyclicBarrier start = new CyclicBarrier(workstations);
            ExecutorService pool = Executors.newFixedThreadPool(workstations);
            try {
                List<Future<List<Long>>> results = new ArrayList<>();
                for (int w = 0; w < workstations; w++) {
                    JooqOutbox outbox = new JooqOutbox(database.dsl(), LEASE);
                    results.add(pool.submit(() -> {
                        start.await();
                        List<Long> mine = new ArrayList<>();
                        List<OutboxEntry> batch;
                        do {
                            batch = outbox.due(T0, 7);
                            batch.forEach(e -> mine.add(e.id()));
                        } while (!batch.isEmpty());
                        return mine;
                    }));
                }
                List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
                for (Future<List<Long>> result : results) {
                    claimed.addAll(result.get());
                }
                assertThat(claimed).doesNotHaveDuplicates();
                assertThat(new HashSet<>(claimed)).isEqualTo(all);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The losing side of the race: the row changed between its read and its claim, so it is skipped. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClaimOnAChangedRowIsLost(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOutbox first = new JooqOutbox(database.dsl(), LEASE);
            JooqOutbox second = new JooqOutbox(database.dsl(), Duration.ofMinutes(1));
            long id = enqueue(first, "a@example.ru", T0);

            assertThat(first.due(T0, 10)).extracting(OutboxEntry::id).containsExactly(id);
            assertThat(second.due(T0, 10)).isEmpty();
            assertThat(first.find(id).orElseThrow().nextAttemptAt()).isEqualTo(T0.plus(LEASE));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsNewestFirstAndResendsFromScratch(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            JooqOutbox outbox = new JooqOutbox(database.dsl(), LEASE);
            long old = enqueue(outbox, "old@example.ru", T0);
            long sent = enqueue(outbox, "sent@example.ru", T0.plusSeconds(1));
            long failed = enqueue(outbox, "failed@example.ru", T0.plusSeconds(2));
            outbox.markSent(sent, T0.plusSeconds(5));
            outbox.markFailed(failed, 12, "Почтовый сервер недоступен");

            assertThat(outbox.list(OutboxQuery.ANY, 10)).extracting(OutboxEntry::id).containsExactly(failed, sent, old);
            assertThat(outbox.list(OutboxQuery.ANY, 2)).extracting(OutboxEntry::id).containsExactly(failed, sent);
            assertThat(outbox.list(OutboxQuery.in(OutboxState.FAILED), 10)).extracting(OutboxEntry::lastError)
                    .containsExactly("Почтовый сервер недоступен");
            assertThat(outbox.list(OutboxQuery.in(OutboxState.PENDING), 10)).extracting(OutboxEntry::id).containsExactly(old);
            // Words in the recipient or the subject (as SearchText normalises them: «ё» typed as «е»), and a period.
            assertThat(outbox.list(new OutboxQuery(null, List.of("статус", "sent"), null, null), 10))
                    .extracting(OutboxEntry::id).containsExactly(sent);
            assertThat(outbox.list(new OutboxQuery(null, List.of("изменен"), null, null), 10)).hasSize(3);
            assertThat(outbox.list(new OutboxQuery(null, List.of("50%"), null, null), 10)).as("% is a letter").isEmpty();
            assertThat(outbox.list(new OutboxQuery(null, List.of(), T0.plusSeconds(1), T0.plusSeconds(2)), 10))
                    .extracting(OutboxEntry::id).containsExactly(sent);

            Instant now = T0.plusSeconds(600);
            outbox.resend(failed, now);
            outbox.resend(sent, now);
            assertThat(outbox.find(failed).orElseThrow()).satisfies(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.attempts()).isZero();
                assertThat(e.nextAttemptAt()).isEqualTo(now);
                assertThat(e.lastError()).isNull();
            });
            assertThat(outbox.find(sent).orElseThrow().sentAt()).isNull();
            assertThat(outbox.due(now, 10)).extracting(OutboxEntry::id).containsExactly(old, sent, failed);
            assertThatThrownBy(() -> outbox.resend(failed + 100, now)).isInstanceOf(NotFoundException.class);
        }
    }
}

package org.griddesk.persistence.cases;

import org.griddesk.core.cases.CaseDictionaries;
import org.griddesk.core.access.AccessControl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseKind;
import org.griddesk.core.cases.CaseNotifier;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.NewCase;
import org.griddesk.core.cases.NewDocument;
import org.griddesk.core.cases.SanitizedHtml;
import org.griddesk.core.common.ConcurrentChangeException;
import org.griddesk.core.common.ValidationException;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.persistence.applicants.JooqApplicantRepository;
import org.griddesk.persistence.database.Database;
import org.griddesk.persistence.database.JooqTransactions;
import org.griddesk.persistence.testing.TestData;
import org.griddesk.persistence.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.griddesk.persistence.schema.Tables.CASE_HISTORY;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CHUNK;
import static org.griddesk.persistence.schema.Tables.DOCUMENT_CONTENT;
import static org.griddesk.persistence.schema.Tables.TIMELINE_ITEM;

/** The case rules on a real database: transactions, races between workstations, streamed documents. */
class CaseServiceOnDatabaseTest {
    private static final Operator FIRST_CLERK = new Operator(1, "ivanova", "Иванова Мария", Set.of(Role.CLERK), false, true, false);
    private static final Operator SECOND_CLERK = new Operator(2, "petrov", "Петров Алексей", Set.of(Role.CLERK), false, true, false);

    private static CaseService service(Database database) {
        Clock clock = Clock.system(ZoneOffset.UTC);
        return new CaseService(new JooqCaseRepository(database.dsl(), ZoneOffset.UTC),
                new JooqDocumentStore(database.dsl(), clock), new JooqStatusDictionary(database.dsl()),
                html -> new SanitizedHtml(html, html.replaceAll("<[^>]*>", "")), new JooqTransactions(database.dsl()), clock,
                CaseNotifier.NONE, org.griddesk.core.audit.AuditTrail.NONE, AccessControl.asGiven(), CaseDictionaries.DEFAULT,
                org.griddesk.persistence.deadlines.TestDeadlines.service(database.dsl(), clock));
    }

    private static long newCase(Database database) {
        long applicant = new JooqApplicantRepository(database.dsl()).create(TestData.individual("Зайцева", new Random()));
        return new JooqCaseRepository(database.dsl(), ZoneOffset.UTC)
                .create(new NewCase(applicant, CaseKind.APPLICATION, "Заявка на ТП", TestData.T0));
    }

    /** Runs both at the same moment and returns what each ended with: a card or the exception. */
    private static List<Object> race(Callable<CaseCard> first, Callable<CaseCard> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<CaseCard> save : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return save.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoClerksSavingTheSameCaseEndWithExactlyOneWinner(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            CaseService cases = service(database);
            long caseId = newCase(database);
            for (int round = 0; round < 10; round++) {
                long seen = cases.open(FIRST_CLERK, caseId).version();
                String n = Integer.toString(round);
                List<Object> outcomes = race(
                        () -> cases.saveStatusAndNumber(FIRST_CLERK, caseId, seen, "Статус А" + n, "A-" + n),
                        () -> cases.saveStatusAndNumber(SECOND_CLERK, caseId, seen, "Статус Б" + n, "B-" + n));

                assertThat(outcomes).filteredOn(CaseCard.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ConcurrentChangeException.class::isInstance).singleElement()
                        .extracting(failure -> ((Exception) failure).getMessage()).asString()
                        .contains("уже изменено другим пользователем");
                CaseCard winner = (CaseCard) outcomes.stream().filter(CaseCard.class::isInstance).findFirst().orElseThrow();
                CaseCard stored = cases.open(FIRST_CLERK, caseId);
                assertThat(stored.status()).isEqualTo(winner.status());
                assertThat(stored.registrationNumber()).isEqualTo(winner.registrationNumber());
                assertThat(stored.version()).isEqualTo(seen + 1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoCasesRacingForOneNumberGetItOnlyOnce(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            CaseService cases = service(database);
            for (int round = 0; round < 10; round++) {
                long first = newCase(database);
                long second = newCase(database);
                String number = "77-" + round;
                List<Object> outcomes = race(
                        () -> cases.saveStatusAndNumber(FIRST_CLERK, first, 0, "Принято", number),
                        () -> cases.saveStatusAndNumber(SECOND_CLERK, second, 0, "Принято", number));
                assertThat(outcomes).filteredOn(CaseCard.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(ValidationException.class::isInstance).singleElement()
                        .extracting(failure -> ((Exception) failure).getMessage()).asString()
                        .contains("«" + number + "» уже присвоен");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedSaveLeavesNoHistory(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            CaseService cases = service(database);
            long taken = newCase(database);
            long other = newCase(database);
            cases.saveStatusAndNumber(FIRST_CLERK, taken, 0, "Принято", "5");
            int historyBefore = database.dsl().fetchCount(CASE_HISTORY);

            assertThatThrownBy(() -> cases.saveStatusAndNumber(FIRST_CLERK, other, 0, "Принято", "5"))
                    .isInstanceOf(ValidationException.class);
            assertThat(database.dsl().fetchCount(CASE_HISTORY)).isEqualTo(historyBefore);
            assertThat(cases.open(FIRST_CLERK, other).version()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFiveMegabyteDocumentComesBackByteForByte(TestDatabase vendor) throws Exception {
        try (Database database = vendor.open()) {
            CaseService cases = service(database);
            long caseId = newCase(database);
            byte[] content = new byte[5 * 1024 * 1024 + 17];
            new Random(5).nextBytes(content);
            System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, content, 0, 5);

            CaseCard card = cases.addDocument(FIRST_CLERK, caseId,
                    new NewDocument("Технические условия", "ТУ.pdf", content.length, "к заявке", false),
                    new ByteArrayInputStream(content));
            DocumentItem document = (DocumentItem) card.timeline().getFirst();
            assertThat(document.size()).isEqualTo(content.length);
            assertThat(document.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            assertThat(database.dsl().fetchCount(DOCUMENT_CHUNK)).isEqualTo(6);

            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            cases.download(FIRST_CLERK, document, copy);
            assertThat(copy.toByteArray()).isEqualTo(content);

            cases.deleteItem(FIRST_CLERK, caseId, document.id());
            assertThat(database.dsl().fetchCount(DOCUMENT_CHUNK)).isZero();
            assertThat(database.dsl().fetchCount(DOCUMENT_CONTENT)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSixtyMegabyteStreamIsRefusedAndNothingIsKept(TestDatabase vendor) {
        try (Database database = vendor.open()) {
            CaseService cases = service(database);
            long caseId = newCase(database);
            // Declared small, so only the streaming limit can stop it.
            NewDocument understated = new NewDocument("Архив", "big.pdf", 1000, null, false);
            assertThatThrownBy(() -> cases.addDocument(FIRST_CLERK, caseId, understated, new java.io.SequenceInputStream(
                    new ByteArrayInputStream("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), zeros(60L * 1024 * 1024))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Максимальный размер файла 50 МБ");
            assertThat(database.dsl().fetchCount(DOCUMENT_CHUNK)).isZero();
            assertThat(database.dsl().fetchCount(DOCUMENT_CONTENT)).isZero();
            assertThat(database.dsl().fetchCount(TIMELINE_ITEM)).isZero();
            assertThat(database.dsl().fetchCount(CASE_HISTORY)).isZero();
        }
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
